package org.linkage110.web.portal;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.linkage110.routing.LinkageUnitView;
import org.linkage110.routing.LinkageUnits;
import org.linkage110.supervision.FigureQuery;
import org.linkage110.supervision.FigureSet;
import org.linkage110.supervision.Figures;
import org.linkage110.supervision.Indicator;

/**
 * The dashboard: the indicators of a period and slice against their targets and against the
 * period of the same length just before (the trend), each count leading to the orders behind it;
 * the volumes and the completion rate day by day; the units ranked; the stages overdue longest; the
 * reports issued. The office sees the district; a unit operator (a unit's head) their own unit, and
 * their unit's parts of the reports.
 */
@Named
@ViewScoped
public class DashboardBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Figures figures;

    @Inject
    LinkageUnits units;

    @Inject
    Clock clock;

    @Inject
    Messages messages;

    private final FigureFilter filter = new FigureFilter();
    private transient FigureSet current;
    private transient FigureSet previous;
    private transient List<org.linkage110.routing.OverdueStage> overdue;
    private transient Map<String, FigureSet> daily;
    private transient Map<String, FigureSet> perUnit;

    public void prepare() {
        if (filter.getTo() == null) {
            filter.setTo(LocalDate.now(clock));
        }
        if (filter.getFrom() == null) {
            filter.setFrom(filter.getTo().minusDays(29));
        }
        if (filter.getFrom().isAfter(filter.getTo())) {
            // a range that ends before it begins (typed, or from the address): said, and the last 30 days shown
            messages.error("dashboard.rangeReversed");
            filter.setTo(LocalDate.now(clock));
            filter.setFrom(filter.getTo().minusDays(29));
        }
    }

    /** Applies the filter form. */
    /** Applies the filter by reloading the page with it in the address, so the view can be reloaded or shared. */
    public String apply() {
        current = null;
        previous = null;
        overdue = null;
        disputed = null;
        daily = null;
        perUnit = null;
        return "/app/dashboard?faces-redirect=true&includeViewParams=true";
    }

    private FigureQuery query() {
        prepare();
        return filter.query();
    }

    /** The period and slice the dashboard shows. */
    public FigureQuery getPeriod() {
        return query();
    }

    public FigureSet getFigures() {
        if (current == null) {
            current = figures.compute(query());
        }
        return current;
    }

    public List<Indicator> getIndicators() {
        return getFigures().indicators();
    }

    /** The same slice over the period of the same length just before. */
    public FigureSet getPrevious() {
        if (previous == null) {
            previous = figures.compute(query().previous());
        }
        return previous;
    }

    public FigureQuery getPreviousQuery() {
        return query().previous();
    }

    public Double previousValue(Indicator indicator) {
        return getPrevious().indicator(indicator.code()).value();
    }

    /** How the figure moved since the previous period, and whether for the better. */
    public Indicator.Trend trend(Indicator indicator) {
        return indicator.trendSince(getPrevious().indicator(indicator.code()));
    }

    /** The page listing what is behind one count of the figures shown, with the same filter. */
    public String behindUrl(String count) {
        prepare();
        return "behind.xhtml?count=" + count + "&" + filter.parameters();
    }

    /** The stages overdue longest right now in the slice (the period does not apply). */
    public List<org.linkage110.routing.OverdueStage> getOverdue() {
        if (overdue == null) {
            overdue = figures.worstOverdue(query(), 20);
        }
        return overdue;
    }

    /** How long since the deadline, as people say it: 3天4小时, 2小时15分. */
    public String overdueFor(org.linkage110.routing.OverdueStage stage) {
        java.time.Duration late = java.time.Duration.between(stage.dueAt(), clock.instant());
        boolean english = languageBacking.isEnglish();
        if (late.toDays() > 0) {
            return english ? late.toDays() + " d " + late.toHoursPart() + " h"
                    : late.toDays() + "天" + late.toHoursPart() + "小时";
        }
        return english ? late.toHours() + " h " + late.toMinutesPart() + " min"
                : late.toHours() + "小时" + late.toMinutesPart() + "分";
    }

    @Inject
    LanguageBacking languageBacking;

    /** Units ranked by completion rate, then response rate; units without orders last. */
    public List<Map.Entry<String, FigureSet>> getRanking() {
        if (perUnit == null) {
            perUnit = figures.by(query(), "unit_code");
        }
        Comparator<Map.Entry<String, FigureSet>> byCompletion = Comparator.comparing(
                e -> value(e.getValue(), "COMPLETION"));
        return perUnit.entrySet().stream().filter(e -> !e.getKey().isEmpty())
                .sorted(byCompletion.thenComparing(e -> value(e.getValue(), "RESPONSE")).reversed()).toList();
    }

    private static double value(FigureSet set, String code) {
        Double v = set.indicator(code).value();
        return v == null ? -1 : v;
    }

    /** The chart's step: days for up to two months, weeks for up to half a year, months beyond. */
    public String getStep() {
        long days = java.time.temporal.ChronoUnit.DAYS.between(query().from(), query().to()) + 1;
        return days <= 62 ? "day" : days <= 190 ? "week" : "month";
    }

    private Map<String, FigureSet> series() {
        if (daily == null) {
            daily = figures.by(query(), getStep());
        }
        return daily;
    }

    /** Chart.js: the response, sign-for, completion and satisfaction rates per step, in percent. */
    public String getRateChart() {
        return DashboardCharts.rates(series());
    }

    /** Periods a click away: the last 7 and 30 days, this and last month, this and last quarter. */
    public List<String[]> getPresets() {
        LocalDate today = LocalDate.now(clock);
        LocalDate month = today.withDayOfMonth(1);
        LocalDate quarter = today.with(java.time.temporal.IsoFields.DAY_OF_QUARTER, 1);
        return List.of(new String[] {"dashboard.preset.week", today.minusDays(6).toString(), today.toString()},
                new String[] {"dashboard.preset.days30", today.minusDays(29).toString(), today.toString()},
                new String[] {"dashboard.preset.month", month.toString(), today.toString()},
                new String[] {"dashboard.preset.lastMonth", month.minusMonths(1).toString(), month.minusDays(1).toString()},
                new String[] {"dashboard.preset.quarter", quarter.toString(), today.toString()},
                new String[] {"dashboard.preset.lastQuarter", quarter.minusMonths(3).toString(),
                        quarter.minusDays(1).toString()});
    }

    /** A Chart.js configuration: orders received and closed per step, and the completion rate. */
    public String getChart() {
        return DashboardCharts.volumes(series());
    }

    /** The dashboard for one unit over the same period and slice. */
    public String unitUrl(String unitCode) {
        prepare();
        return "dashboard.xhtml?" + filter.forUnit(unitCode).parameters();
    }

    public String percent(Double value) {
        return value == null ? "—" : String.format("%.1f%%", value * 100);
    }

    @Inject
    UnitNames unitNames;

    public String unitName(String code) {
        return unitNames.of(code);
    }

    public List<LinkageUnitView> getUnits() {
        return units.all();
    }

    public List<LinkageUnitView> getSubDistricts() {
        return units.all().stream().filter(u -> "SUB_DISTRICT".equals(u.kind())).toList();
    }

    public List<String> getCategories() {
        return List.of("C01", "C02", "C03", "C04", "C05", "C06", "C07", "C08", "C09");
    }

    public FigureFilter getFilter() {
        return filter;
    }

    private Integer disputedMinimum;
    private transient List<org.linkage110.supervision.DisputedItem> disputed;

    /** The disputed-jurisdiction list of the period (001), for the office's monthly consultation. */
    public List<org.linkage110.supervision.DisputedItem> getDisputed() {
        if (!currentUser.isOffice()) {
            return List.of();
        }
        if (disputed == null) {
            prepare();
            disputed = figures.disputedItems(filter.getFrom(), filter.getTo(), getDisputedMinimum());
        }
        return disputed;
    }

    public int getDisputedMinimum() {
        if (disputedMinimum == null) {
            disputedMinimum = figures.disputedMinimum();
        }
        return disputedMinimum;
    }

    public void setDisputedMinimum(int disputedMinimum) {
        this.disputedMinimum = Math.max(1, disputedMinimum);
    }

    @Inject
    CurrentUser currentUser;
}

package org.linkage110.web.portal;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
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
 * The office's dashboard: the indicators of a period and slice against their targets, the volumes
 * and the completion rate day by day, and the units ranked.
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
    org.linkage110.supervision.Reports reports;

    @Inject
    jakarta.security.enterprise.SecurityContext security;

    private LocalDate from;
    private LocalDate to;
    private String unit;
    private String subDistrict;
    private String category;
    private Integer tier;
    private transient FigureSet current;
    private transient Map<String, FigureSet> daily;
    private transient Map<String, FigureSet> perUnit;

    public void prepare() {
        if (to == null) {
            to = LocalDate.now(clock);
        }
        if (from == null) {
            from = to.minusDays(29);
        }
    }

    /** Applies the filter form. */
    public void apply() {
        current = null;
        daily = null;
        perUnit = null;
    }

    private FigureQuery query() {
        prepare();
        return new FigureQuery(from, to, blank(unit), tier, blank(subDistrict), blank(category));
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

    /** A Chart.js configuration: orders received and closed per day, and the completion rate. */
    public String getChart() {
        if (daily == null) {
            daily = figures.by(query(), "day");
        }
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder received = Json.createArrayBuilder();
        JsonArrayBuilder closed = Json.createArrayBuilder();
        JsonArrayBuilder completion = Json.createArrayBuilder();
        daily.forEach((day, set) -> {
            labels.add(day);
            received.add(set.counts().get("received"));
            closed.add(set.counts().get("closed"));
            Double c = set.indicator("COMPLETION").value();
            completion.add(c == null ? 0 : Math.round(c * 1000) / 10.0);
        });
        return Json.createObjectBuilder().add("type", "bar")
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("label", "接警 received").add("data", received)
                                .add("backgroundColor", "#90caf9").add("yAxisID", "y"))
                        .add(Json.createObjectBuilder().add("label", "办结 closed").add("data", closed)
                                .add("backgroundColor", "#a5d6a7").add("yAxisID", "y"))
                        .add(Json.createObjectBuilder().add("label", "办结率 % completion").add("data", completion)
                                .add("type", "line").add("borderColor", "#e65100").add("yAxisID", "rate"))))
                .add("options", Json.createObjectBuilder().add("animation", false).add("scales", Json.createObjectBuilder()
                        .add("y", Json.createObjectBuilder().add("beginAtZero", true))
                        .add("rate", Json.createObjectBuilder().add("position", "right").add("min", 0).add("max", 100))))
                .build().toString();
    }

    /** The reports issued (for supervisors and administrators). */
    public List<org.linkage110.supervision.ReportView> getReports() {
        return security.isCallerInRole("SUPERVISOR") || security.isCallerInRole("ADMIN") ? reports.latest(24) : List.of();
    }

    public org.primefaces.model.StreamedContent pdf(org.linkage110.supervision.ReportView report) {
        return Downloads.of(report.title() + ".pdf", Downloads.PDF, () -> reports.pdf(report.id()));
    }

    public org.primefaces.model.StreamedContent xlsx(org.linkage110.supervision.ReportView report) {
        return Downloads.of(report.title() + ".xlsx", Downloads.XLSX, () -> reports.xlsx(report.id()));
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

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public String getUnit() {
        return unit;
    }

    public void setUnit(String unit) {
        this.unit = unit;
    }

    public String getSubDistrict() {
        return subDistrict;
    }

    public void setSubDistrict(String subDistrict) {
        this.subDistrict = subDistrict;
    }

    public String getCategory() {
        return category;
    }

    public void setCategory(String category) {
        this.category = category;
    }

    public Integer getTier() {
        return tier;
    }

    public void setTier(Integer tier) {
        this.tier = tier;
    }
}

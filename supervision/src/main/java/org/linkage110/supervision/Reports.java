package org.linkage110.supervision;

import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.IsoFields;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.linkage110.domain.Role;
import org.linkage110.platform.AuditTrail;
import org.linkage110.platform.AuditedChange;
import org.linkage110.platform.Jsons;
import org.linkage110.routing.IllegalMoveException;
import org.linkage110.routing.LinkageUnits;
import org.linkage110.routing.NotFoundInRoutingException;
import org.linkage110.routing.RoutingRefusedException;
import org.linkage110.supervision.internal.Callers;
import org.linkage110.supervision.internal.Report;
import org.linkage110.supervision.internal.ReportFiles;
import org.linkage110.supervision.internal.ReportListings;
import org.linkage110.supervision.internal.ReportPart;

/**
 * Reports: the monthly bulletin (001) and the quarterly assessment (000) of the district's figures
 * with tables per unit and per sub-district, and a part of it for each unit and each sub-district
 * (its own figures against the previous period and the district, its rank; per category), each as
 * a printable PDF in Chinese and an Excel workbook. Issued on demand or on
 * schedule (the 1st of each month, and of each quarter, for the period just ended), after the
 * period's facts are rebuilt; archived as issued, so a report once issued never changes.
 */
@Stateless
@DeclareRoles({Role.Names.SUPERVISOR, Role.Names.ADMIN, Role.Names.UNIT_OPERATOR})
public class Reports {

    public static final String MONTHLY = "MONTHLY_BULLETIN";
    public static final String QUARTERLY = "QUARTERLY_ASSESSMENT";
    public static final String UNIT = "UNIT";
    public static final String SUB_DISTRICT = "SUB_DISTRICT";

    @PersistenceContext(unitName = "supervision")
    EntityManager em;

    @Inject
    Figures figures;

    @Inject
    FigureChecks checks;

    @Inject
    ReportListings listings;

    @Inject
    LinkageUnits units;

    @Inject
    AuditTrail audit;

    @Inject
    Callers callers;

    @Inject
    Clock clock;

    @Inject
    org.linkage110.supervision.internal.NotificationDesk notifications;

    @Inject
    @ConfigProperty(name = "app.pdf.font")
    String font;

    @Inject
    @ConfigProperty(name = "app.timezone")
    String timezone;

    @Resource
    SessionContext session;

    /** The monthly bulletin of the month of {@code day}, or the quarterly assessment of its quarter. */
    @RolesAllowed({Role.Names.SUPERVISOR, Role.Names.ADMIN})
    public ReportView issue(String kind, LocalDate day) {
        return issueFor(kind, day);
    }

    @PermitAll
    public ReportView issueFor(String kind, LocalDate day) {
        if (day == null || (!MONTHLY.equals(kind) && !QUARTERLY.equals(kind))) {
            throw RoutingRefusedException.of("kind", SupervisionProblem.REPORT_KIND, MONTHLY, QUARTERLY);
        }
        LocalDate from = firstDay(kind, day);
        LocalDate to = lastDay(kind, from);
        if (!to.isBefore(LocalDate.now(clock.withZone(ZoneId.of(timezone))))) {
            throw RoutingRefusedException.of("day", SupervisionProblem.REPORT_PERIOD, to);
        }
        if (isIssued(kind, from, to)) {
            throw IllegalMoveException.illegal("the report of " + from + " to " + to + " was issued already");
        }
        LocalDate previousFrom = MONTHLY.equals(kind) ? from.minusMonths(1) : from.minusMonths(3);
        checks.refreshDays(previousFrom, to);
        FigureQuery query = FigureQuery.days(from, to);
        FigureQuery previous = FigureQuery.days(previousFrom, from.minusDays(1));
        FigureSet total = figures.totalOf(query);
        Map<String, FigureSet> byUnit = figures.byOf(query, "unit_code");
        byUnit.remove("");
        Map<String, FigureSet> bySubDistrict = figures.byOf(query, "sub_district");
        bySubDistrict.remove("");
        Map<String, String> names = units.namesZh();
        String title = MONTHLY.equals(kind)
                ? from.getYear() + "年" + from.getMonthValue() + "月非警务警情分流联动处置工作通报"
                : from.getYear() + "年第" + from.get(IsoFields.QUARTER_OF_YEAR) + "季度非警务警情分流联动处置考核情况";
        String period = from + " 至 " + to;
        ReportFiles.Content district = new ReportFiles.Content(title, null, period, "全区", total,
                figures.totalOf(previous), null, List.of(),
                List.of(new ReportFiles.Section("各单位情况", "单位", byUnit, names),
                        new ReportFiles.Section("各街道（镇）辖区情况", "街道（镇）", bySubDistrict, names)),
                QUARTERLY.equals(kind) ? List.of(listings.assessment(query), listings.disputed(from, to, names))
                        : List.of(listings.disputed(from, to, names)));
        JsonObjectBuilder json = Jsons.createObjectBuilder();
        total.counts().forEach(json::add);
        Report report = new Report(kind, from, to, title, json.build().toString(), ReportFiles.pdf(district, font),
                ReportFiles.xlsx(district), callers.name(session.getCallerPrincipal()), clock.instant());
        em.persist(report);
        em.flush();
        long id = report.toView().id();
        unitParts(id, title, period, query, previous, total, byUnit, names);
        subDistrictParts(id, title, period, query, previous, total, bySubDistrict, names);
        audit.record(AuditedChange.created("supervision.report.issued", "report", id,
                Jsons.createObjectBuilder().add("kind", kind).add("from", from.toString()).add("to", to.toString())
                        .add("unitParts", byUnit.size()).add("subDistrictParts", bySubDistrict.size())
                        .build().toString()));
        return report.toView();
    }

    /** Each unit's part: its figures against the previous period and the district, its rank, per category. */
    private void unitParts(long report, String title, String period, FigureQuery query, FigureQuery previous,
                           FigureSet total, Map<String, FigureSet> byUnit, Map<String, String> names) {
        List<String> ranked = byUnit.entrySet().stream().sorted(Comparator.comparing(
                (Map.Entry<String, FigureSet> e) -> rate(e.getValue(), "COMPLETION")).thenComparing(
                e -> rate(e.getValue(), "RESPONSE")).reversed()).map(Map.Entry::getKey).toList();
        for (String unit : byUnit.keySet()) {
            List<String> notes = List.of("按办结率、响应率排名，在 " + ranked.size() + " 个单位中列第 "
                    + (ranked.indexOf(unit) + 1) + " 位。");
            ReportFiles.Content part = new ReportFiles.Content(title, names.getOrDefault(unit, unit), period, "本单位",
                    byUnit.get(unit), figures.totalOf(previous.forUnit(unit)), total, notes,
                    List.of(new ReportFiles.Section("按警情类别", "类别", figures.byOf(query.forUnit(unit), "category"),
                            Map.of())), List.of());
            issuePart(new ReportPart(report, UNIT, unit, part.title(), ReportFiles.pdf(part, font),
                    ReportFiles.xlsx(part)));
        }
    }

    /** Each sub-district's part: the figures of the orders in it against the previous period and the district. */
    private void subDistrictParts(long report, String title, String period, FigureQuery query, FigureQuery previous,
                                  FigureSet total, Map<String, FigureSet> bySubDistrict, Map<String, String> names) {
        for (String subDistrict : bySubDistrict.keySet()) {
            FigureQuery place = query.forSubDistrict(subDistrict);
            Map<String, FigureSet> unitsThere = figures.byOf(place, "unit_code");
            unitsThere.remove("");
            ReportFiles.Content part = new ReportFiles.Content(title, names.getOrDefault(subDistrict, subDistrict) + "辖区",
                    period, "本辖区", bySubDistrict.get(subDistrict), figures.totalOf(previous.forSubDistrict(subDistrict)),
                    total, List.of(), List.of(new ReportFiles.Section("辖区内各单位情况", "单位", unitsThere, names),
                            new ReportFiles.Section("按警情类别", "类别", figures.byOf(place, "category"), Map.of())),
                    List.of());
            issuePart(new ReportPart(report, SUB_DISTRICT, subDistrict, part.title(), ReportFiles.pdf(part, font),
                    ReportFiles.xlsx(part)));
        }
    }

    /** Keeps a part and tells its unit (or the sub-district's own team) that it is out. */
    private void issuePart(ReportPart part) {
        em.persist(part);
        em.flush();
        ReportPartView view = part.toView();
        notifications.raise(view.code(), "REPORT_ISSUED", null, view.id(), "《" + view.title() + "》已发布，请在指标看板查阅下载。",
                "report-part-" + view.id());
    }

    private static double rate(FigureSet set, String code) {
        Double value = set.indicator(code).value();
        return value == null ? -1 : value;
    }

    /** A report's parts: all of them for the office; a unit operator gets only their own unit's (and sub-district's). */
    @RolesAllowed({Role.Names.SUPERVISOR, Role.Names.ADMIN, Role.Names.UNIT_OPERATOR})
    public List<ReportPartView> parts(long reportId) {
        find(reportId);
        return em.createNamedQuery(ReportPart.OF_REPORT, ReportPart.class).setParameter("report", reportId)
                .getResultStream().filter(this::mayRead).map(ReportPart::toView).toList();
    }

    /** The parts a unit operator may read, latest report first: their unit's and their sub-district's. */
    @RolesAllowed({Role.Names.UNIT_OPERATOR})
    public List<ReportPartView> mine(int max) {
        String unit = callers.unitOf(session.getCallerPrincipal()).orElse("-");
        return em.createNamedQuery(ReportPart.OF_CODE, ReportPart.class).setParameter("code", unit).setMaxResults(max)
                .getResultStream().map(ReportPart::toView).toList();
    }

    @RolesAllowed({Role.Names.SUPERVISOR, Role.Names.ADMIN, Role.Names.UNIT_OPERATOR})
    public byte[] partPdf(long partId) {
        return part(partId).pdf();
    }

    @RolesAllowed({Role.Names.SUPERVISOR, Role.Names.ADMIN, Role.Names.UNIT_OPERATOR})
    public byte[] partXlsx(long partId) {
        return part(partId).xlsx();
    }

    /** Another unit's part is not found, exactly as a part that does not exist. */
    private ReportPart part(long partId) {
        ReportPart part = em.find(ReportPart.class, partId);
        if (part == null || !mayRead(part)) {
            throw new NotFoundInRoutingException("report part", partId);
        }
        return part;
    }

    private boolean mayRead(ReportPart part) {
        return session.isCallerInRole(Role.Names.SUPERVISOR) || session.isCallerInRole(Role.Names.ADMIN)
                || callers.unitOf(session.getCallerPrincipal()).map(part.scopeCode()::equals).orElse(false);
    }

    @RolesAllowed({Role.Names.SUPERVISOR, Role.Names.ADMIN})
    public List<ReportView> latest(int max) {
        return em.createNamedQuery(Report.LATEST, Report.class).setMaxResults(max).getResultStream()
                .map(Report::toView).toList();
    }

    @RolesAllowed({Role.Names.SUPERVISOR, Role.Names.ADMIN})
    public byte[] pdf(long id) {
        return find(id).pdf();
    }

    @RolesAllowed({Role.Names.SUPERVISOR, Role.Names.ADMIN})
    public byte[] xlsx(long id) {
        return find(id).xlsx();
    }

    private Report find(long id) {
        Report report = em.find(Report.class, id);
        if (report == null) {
            throw new NotFoundInRoutingException("report", id);
        }
        return report;
    }

    /** Whether the report of this kind for the period beginning {@code from} was issued. */
    @PermitAll
    public boolean issued(String kind, LocalDate from) {
        return isIssued(kind, from, lastDay(kind, from));
    }

    /** The first day of the month (bulletin) or quarter (assessment) containing {@code day}. */
    static LocalDate firstDay(String kind, LocalDate day) {
        return MONTHLY.equals(kind) ? day.withDayOfMonth(1) : day.with(IsoFields.DAY_OF_QUARTER, 1);
    }

    /** The last day of the month or quarter that begins on {@code from}. */
    static LocalDate lastDay(String kind, LocalDate from) {
        return from.plusMonths(MONTHLY.equals(kind) ? 1 : 3).minusDays(1);
    }

    private boolean isIssued(String kind, LocalDate from, LocalDate to) {
        return em.createNamedQuery(Report.OF_PERIOD, Long.class).setParameter("kind", kind).setParameter("from", from)
                .setParameter("to", to).getSingleResult() > 0;
    }
}

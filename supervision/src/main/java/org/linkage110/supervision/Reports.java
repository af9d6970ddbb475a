package org.linkage110.supervision;

import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Schedule;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.linkage110.domain.Role;
import org.linkage110.platform.AuditTrail;
import org.linkage110.platform.AuditedChange;
import org.linkage110.routing.IllegalMoveException;
import org.linkage110.routing.LinkageUnits;
import org.linkage110.routing.NotFoundInRoutingException;
import org.linkage110.routing.RoutingRefusedException;
import org.linkage110.supervision.internal.Callers;
import org.linkage110.supervision.internal.Report;
import org.linkage110.supervision.internal.ReportFiles;

/**
 * Reports: the monthly bulletin (001) and the quarterly assessment (000) of the district's figures
 * and each unit's, as a printable PDF in Chinese and an Excel workbook. Issued on demand or on
 * schedule (the 1st of each month, and of each quarter, for the period just ended), after the
 * period's facts are rebuilt; archived as issued, so a report once issued never changes.
 */
@Stateless
@DeclareRoles({Role.Names.SUPERVISOR, Role.Names.ADMIN})
public class Reports {

    public static final String MONTHLY = "MONTHLY_BULLETIN";
    public static final String QUARTERLY = "QUARTERLY_ASSESSMENT";

    private static final Logger LOG = Logger.getLogger(Reports.class.getName());

    @PersistenceContext(unitName = "supervision")
    EntityManager em;

    @Inject
    Figures figures;

    @Inject
    LinkageUnits units;

    @Inject
    AuditTrail audit;

    @Inject
    Callers callers;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "app.pdf.font")
    String font;

    @Inject
    @ConfigProperty(name = "app.watch.enabled", defaultValue = "true")
    boolean enabled;

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
            throw RoutingRefusedException.of("kind", MONTHLY + " or " + QUARTERLY + ", with a day of the period");
        }
        LocalDate from = MONTHLY.equals(kind) ? day.withDayOfMonth(1)
                : day.with(IsoFields.DAY_OF_QUARTER, 1);
        LocalDate to = MONTHLY.equals(kind) ? from.plusMonths(1).minusDays(1) : from.plusMonths(3).minusDays(1);
        if (!to.isBefore(LocalDate.now(clock))) {
            throw RoutingRefusedException.of("day", "a report is issued once its period has ended (" + to + ")");
        }
        if (em.createNamedQuery(Report.OF_PERIOD, Long.class).setParameter("kind", kind).setParameter("from", from)
                .setParameter("to", to).getSingleResult() > 0) {
            throw IllegalMoveException.illegal("the report of " + from + " to " + to + " was issued already");
        }
        figures.refreshDays(from, to);
        FigureQuery query = FigureQuery.days(from, to);
        FigureSet total = figures.totalOf(query);
        Map<String, FigureSet> byUnit = figures.byOf(query, "unit_code");
        byUnit.remove("");
        Map<String, String> names = units.namesZh();
        String title = MONTHLY.equals(kind)
                ? from.getYear() + "年" + from.getMonthValue() + "月非警务警情分流联动处置工作通报"
                : from.getYear() + "年第" + from.get(IsoFields.QUARTER_OF_YEAR) + "季度非警务警情分流联动处置考核情况";
        String period = from + " 至 " + to;
        JsonObjectBuilder json = Json.createObjectBuilder();
        total.counts().forEach(json::add);
        Report report = new Report(kind, from, to, title, json.build().toString(),
                ReportFiles.pdf(title, period, total, byUnit, names, font),
                ReportFiles.xlsx(title, period, total, byUnit, names),
                callers.name(session.getCallerPrincipal()), clock.instant());
        em.persist(report);
        em.flush();
        audit.record(AuditedChange.created("supervision.report.issued", "report", report.toView().id(),
                Json.createObjectBuilder().add("kind", kind).add("from", from.toString()).add("to", to.toString())
                        .build().toString()));
        return report.toView();
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

    /** On the 1st: last month's bulletin; on the first day of a quarter: last quarter's assessment. */
    @Schedule(dayOfMonth = "1", hour = "6", minute = "0", persistent = false, info = "reports")
    public void scheduled() {
        if (!enabled) {
            return;
        }
        LocalDate lastMonth = LocalDate.now(clock).minusMonths(1);
        try {
            issueFor(MONTHLY, lastMonth);
            if (LocalDate.now(clock).getMonthValue() % 3 == 1) {
                issueFor(QUARTERLY, lastMonth);
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "the scheduled report failed; issue it from the dashboard", e);
        }
    }
}

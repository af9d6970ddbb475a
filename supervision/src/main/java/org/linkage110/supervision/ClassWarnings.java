package org.linkage110.supervision;

import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Schedule;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.linkage110.domain.Role;
import org.linkage110.intake.Cluster;
import org.linkage110.intake.Incidents;
import org.linkage110.platform.AuditTrail;
import org.linkage110.platform.AuditedChange;
import org.linkage110.platform.JobLeases;
import org.linkage110.routing.IllegalMoveException;
import org.linkage110.routing.LinkageUnits;
import org.linkage110.routing.NotFoundInRoutingException;
import org.linkage110.routing.RoutingRefusedException;
import org.linkage110.supervision.internal.Callers;
import org.linkage110.supervision.internal.ClassWarning;
import org.linkage110.supervision.internal.Notification;
import org.linkage110.supervision.internal.NotificationDesk;

/**
 * "From one case to one class" (002): the same taxonomy item at one place or in one grid at least
 * {@code app.class-warning.threshold} times within {@code app.class-warning.window} raises a class
 * warning to the office with the orders behind it (drills never count). A supervisor turns it into
 * a warning notice (预警单) for the responsible department, or dismisses it with a reason; new
 * orders in the cluster open it again.
 */
@Stateless
@DeclareRoles(Role.Names.SUPERVISOR)
public class ClassWarnings {

    @PersistenceContext(unitName = "supervision")
    EntityManager em;

    @Inject
    Incidents incidents;

    @Inject
    LinkageUnits units;

    @Inject
    Instruments instruments;

    @Inject
    NotificationDesk notifications;

    @Inject
    AuditTrail audit;

    @Inject
    Callers callers;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "app.class-warning.threshold", defaultValue = "3")
    int threshold;

    @Inject
    @ConfigProperty(name = "app.class-warning.window", defaultValue = "P30D")
    Duration window;

    @Inject
    @ConfigProperty(name = "app.watch.enabled", defaultValue = "true")
    boolean enabled;

    @Resource
    SessionContext session;

    @Inject
    JobLeases leases;

    @Schedule(minute = "*/30", hour = "*", persistent = false, info = "class warnings")
    public void scheduled() {
        if (enabled && leases.take("class-warnings", Duration.ofMinutes(15))) {
            detect(clock.instant());
        }
    }

    /** Finds the clusters of the window ending at {@code now}; returns how many warnings were raised or renewed. */
    @PermitAll
    public int detect(Instant now) {
        int raised = 0;
        for (Cluster cluster : incidents.clusters(now.minus(window), now, threshold)) {
            Optional<ClassWarning> known = em.createNamedQuery(ClassWarning.OF_CLUSTER, ClassWarning.class)
                    .setParameter("item", cluster.itemCode()).setParameter("kind", cluster.placeKind())
                    .setParameter("place", cluster.place()).getResultStream().findFirst();
            ClassWarning warning;
            String before = null;
            if (known.isPresent()) {
                warning = known.get();
                before = warning.toJson();
                if (!warning.update(cluster.orderIds(), now)) {
                    continue;
                }
            } else {
                warning = new ClassWarning(cluster.itemCode(), cluster.placeKind(), cluster.place(), cluster.orderIds(),
                        now);
                em.persist(warning);
                em.flush();
            }
            notifications.raise(Notification.OFFICE, "CLASS_WARNING", null, warning.id(),
                    "一类事预警：" + cluster.itemCode() + " 在" + (cluster.placeKind().equals("GRID") ? "网格 " : "")
                            + cluster.place() + " 已有 " + warning.orders().size() + " 起",
                    "CLASS_WARNING:" + warning.id() + ":" + warning.orders().size());
            audit.record(new AuditedChange(before == null ? "supervision.class-warning.raised"
                    : "supervision.class-warning.renewed", "class-warning", String.valueOf(warning.id()), before,
                    warning.toJson()));
            raised++;
        }
        em.flush();
        return raised;
    }

    /** A supervisor runs the detection now rather than waiting for the schedule. */
    @RolesAllowed(Role.Names.SUPERVISOR)
    public int detectNow() {
        return detect(clock.instant());
    }

    @RolesAllowed(Role.Names.SUPERVISOR)
    public List<ClassWarningView> latest(int max) {
        return em.createNamedQuery(ClassWarning.LATEST, ClassWarning.class).setMaxResults(max).getResultStream()
                .map(ClassWarning::toView).toList();
    }

    /** The responsible department of the warning's item, as the responsibility list says. */
    @RolesAllowed(Role.Names.SUPERVISOR)
    public Optional<String> responsibleUnit(long warningId) {
        return units.responsibleFor(find(warningId).toView().itemCode());
    }

    /**
     * Turns the warning into a warning notice (预警单) to these units (none: the responsible
     * department), listing the orders behind it.
     */
    @RolesAllowed(Role.Names.SUPERVISOR)
    public ClassWarningView issueNotice(long warningId, long version, List<String> unitCodes, Instant answerDue) {
        ClassWarning warning = open(warningId, version);
        ClassWarningView view = warning.toView();
        List<String> addressed = unitCodes == null || unitCodes.isEmpty()
                ? units.responsibleFor(view.itemCode()).map(List::of)
                        .orElseThrow(() -> RoutingRefusedException.of("units", SupervisionProblem.NO_DEPARTMENT))
                : unitCodes;
        String where = (view.placeKind().equals("GRID") ? "网格" : "") + view.place();
        InstrumentView notice = instruments.issue(InstrumentKind.WARNING_NOTICE,
                "关于" + where + "同类警情反复发生的预警单",
                "近期" + where + "发生同类警情（" + view.itemCode() + "）" + view.orderIds().size() + "起，工单："
                        + String.join("、", view.orderIds().stream().map(String::valueOf).toList())
                        + "。\n请举一反三，开展同类问题排查整治，并按期反馈。", addressed, answerDue, view.orderIds().get(0));
        String before = warning.toJson();
        warning.issued(notice.id(), callers.name(session.getCallerPrincipal()), clock.instant());
        audit.record(new AuditedChange("supervision.class-warning.issued", "class-warning", String.valueOf(warningId),
                before, warning.toJson()));
        em.flush();
        return warning.toView();
    }

    @RolesAllowed(Role.Names.SUPERVISOR)
    public ClassWarningView dismiss(long warningId, long version, String why) {
        if (why == null || why.isBlank() || !org.linkage110.domain.FieldLimits.fits(why, org.linkage110.domain.FieldLimits.TEXT)) {
            throw RoutingRefusedException.of("text", SupervisionProblem.WHY_NOT_CLASS, org.linkage110.domain.FieldLimits.TEXT);
        }
        ClassWarning warning = open(warningId, version);
        String before = warning.toJson();
        warning.dismissed(why.strip(), callers.name(session.getCallerPrincipal()), clock.instant());
        audit.record(new AuditedChange("supervision.class-warning.dismissed", "class-warning", String.valueOf(warningId),
                before, warning.toJson()));
        em.flush();
        return warning.toView();
    }

    private ClassWarning open(long id, long version) {
        ClassWarning warning = find(id);
        if (warning.version() != version) {
            throw IllegalMoveException.staleVersion(version, warning.version());
        }
        if (!"OPEN".equals(warning.status())) {
            throw IllegalMoveException.illegal("the warning is " + warning.status());
        }
        return warning;
    }

    private ClassWarning find(long id) {
        ClassWarning warning = em.find(ClassWarning.class, id);
        if (warning == null) {
            throw new NotFoundInRoutingException("class warning", id);
        }
        return warning;
    }
}

package org.linkage110.supervision;

import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Schedule;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.linkage110.domain.Role;
import org.linkage110.platform.AuditTrail;
import org.linkage110.platform.AuditedChange;
import org.linkage110.platform.DatabaseMigrations;
import org.linkage110.platform.JobLeases;
import org.linkage110.platform.Jsons;
import org.linkage110.routing.OpenOrder;
import org.linkage110.routing.OrderWatch;
import org.linkage110.supervision.internal.Escalation;
import org.linkage110.supervision.internal.LadderLevel;
import org.linkage110.supervision.internal.Notification;
import org.linkage110.supervision.internal.NotificationDesk;

/**
 * "Three weeks, three levels" (000): an order still open climbs the configured ladder — the
 * village team, the town centre, the town leader — and after the last week is listed for
 * supervision at city level (挂牌督办). Each step is reached once, notified, audited and shown on
 * the order. Levels, periods and recipients come from {@code app.ladder.levels}.
 */
@Stateless
@DeclareRoles({Role.Names.DISPATCHER, Role.Names.SUPERVISOR, Role.Names.ADMIN})
public class EscalationLadder {

    private static final Logger LOG = Logger.getLogger(EscalationLadder.class.getName());
    private static final int BATCH = 500;

    @PersistenceContext(unitName = "supervision")
    EntityManager em;

    @Inject
    OrderWatch orders;

    @Inject
    NotificationDesk notifications;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "app.ladder.levels")
    String levelsConfig;

    @Inject
    @ConfigProperty(name = "app.watch.enabled", defaultValue = "true")
    boolean enabled;

    @Resource
    SessionContext context;

    @Inject
    JobLeases leases;

    public List<LadderLevel> levels() {
        return LadderLevel.parse(levelsConfig);
    }

    @Schedule(minute = "*/5", hour = "*", persistent = false, info = "escalation ladder")
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void scheduled() {
        if (!enabled || !DatabaseMigrations.schemaInPlace()) {
            return; // off, or a first start whose tables are not there yet
        }
        // one server climbs per round: two climbing the same order at once would collide on its step
        if (!leases.take("escalation-ladder", Duration.ofMinutes(4))) {
            return;
        }
        try {
            sweep(clock.instant());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "escalation ladder failed; the next sweep catches up", e);
        }
    }

    /** Brings every open order to the highest step its age has reached, as of {@code now}. */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int sweep(Instant now) {
        EscalationLadder self = context.getBusinessObject(EscalationLadder.class);
        List<LadderLevel> levels = levels();
        int reached = 0;
        long after = 0;
        while (true) {
            List<OpenOrder> batch = orders.openSince(now.minus(levels.get(0).after()), after, BATCH);
            if (batch.isEmpty()) {
                return reached;
            }
            reached += self.climb(batch, levels, now);
            after = batch.get(batch.size() - 1).incidentId();
        }
    }

    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int climb(List<OpenOrder> batch, List<LadderLevel> levels, Instant now) {
        Map<Long, Integer> steps = new HashMap<>();
        for (Object[] row : em.createNamedQuery(Escalation.STEPS_OF, Object[].class)
                .setParameter("orders", batch.stream().map(OpenOrder::incidentId).toList()).getResultList()) {
            steps.put((Long) row[0], ((Number) row[1]).intValue());
        }
        int reached = 0;
        for (OpenOrder order : batch) {
            int done = steps.getOrDefault(order.incidentId(), 0);
            for (int step = done + 1; step <= levels.size(); step++) {
                LadderLevel level = levels.get(step - 1);
                if (order.receivedAt().plus(level.after()).isAfter(now)) {
                    break;
                }
                String recipient = level.recipient() == LadderLevel.Recipient.OFFICE ? Notification.OFFICE
                        : order.subDistrict() != null ? order.subDistrict()
                        : order.leadUnit() != null ? order.leadUnit() : Notification.OFFICE;
                Escalation escalation = new Escalation(order.incidentId(), step, level, recipient, now);
                em.persist(escalation);
                String text = "工单 " + order.incidentId() + " 超过" + level.after().toDays() + "天未办结：" + level.name();
                notifications.raise(recipient, "ESCALATION", order.incidentId(), null, text,
                        "ESCALATION:" + order.incidentId() + ":" + step + ":" + recipient);
                if (!Notification.OFFICE.equals(recipient)) {
                    notifications.raise(Notification.OFFICE, "ESCALATION", order.incidentId(), null, text,
                            "ESCALATION:" + order.incidentId() + ":" + step + ":" + Notification.OFFICE);
                }
                audit.record(AuditedChange.created("supervision.order.escalated", "order", order.incidentId(),
                        Jsons.createObjectBuilder().add("step", step).add("level", level.code())
                                .add("text", level.name()).add("unit", recipient).build().toString()));
                reached++;
            }
        }
        em.flush();
        return reached;
    }

    @RolesAllowed({Role.Names.DISPATCHER, Role.Names.SUPERVISOR, Role.Names.ADMIN})
    public List<EscalationView> of(long incidentId) {
        return em.createNamedQuery(Escalation.OF_ORDER, Escalation.class).setParameter("order", incidentId)
                .getResultStream().map(Escalation::toView).toList();
    }

    @RolesAllowed({Role.Names.SUPERVISOR, Role.Names.ADMIN, Role.Names.DISPATCHER})
    public List<EscalationView> latest(int max) {
        return em.createNamedQuery(Escalation.LATEST, Escalation.class).setMaxResults(max).getResultStream()
                .map(Escalation::toView).toList();
    }
}

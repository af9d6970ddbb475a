package org.linkage110.supervision;

import jakarta.annotation.Resource;
import jakarta.ejb.Schedule;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.linkage110.domain.event.OrderChanged;
import org.linkage110.platform.DatabaseMigrations;
import org.linkage110.routing.Deadlines;
import org.linkage110.routing.DueStage;
import org.linkage110.supervision.internal.Notification;
import org.linkage110.supervision.internal.NotificationDesk;

/**
 * The deadline watch: finds every open stage near its deadline (warning, 预警) or past it
 * (overdue) and tells the unit and the office, once per stage. The state is in the database
 * (the stage's warned/overdue marks, claimed by a conditional update), so a restart loses nothing
 * and the next sweep catches up, and two servers sweeping at once raise each warning once. Each
 * batch is its own transaction; reads go through the open-deadline indexes only.
 */
@Stateless
public class DeadlineWatch {

    private static final Logger LOG = Logger.getLogger(DeadlineWatch.class.getName());
    private static final int BATCH = 500;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("MM-dd HH:mm");

    @Inject
    Deadlines deadlines;

    @Inject
    NotificationDesk notifications;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "app.watch.enabled", defaultValue = "true")
    boolean enabled;

    @Inject
    @ConfigProperty(name = "app.watch.warn-before", defaultValue = "PT5M")
    Duration warnBefore;

    @Resource
    SessionContext context;

    /** A stage past its deadline counts as due in the figures from now on. */
    @Inject
    jakarta.enterprise.event.Event<OrderChanged> orderChanged;

    @Schedule(second = "*/10", minute = "*", hour = "*", persistent = false, info = "deadline watch")
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void scheduled() {
        if (!enabled || !DatabaseMigrations.schemaInPlace()) {
            return; // off, or a first start whose tables are not there yet
        }
        try {
            SweepResult result = sweep(clock.instant());
            if (result.warned() + result.overdue() > 0) {
                LOG.info(() -> "deadline watch: " + result);
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "deadline watch failed; the next sweep catches up", e);
        }
    }

    /** One sweep as of {@code now}: overdue marks first, then warnings, batch by batch. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public SweepResult sweep(Instant now) {
        long start = System.nanoTime();
        DeadlineWatch self = context.getBusinessObject(DeadlineWatch.class);
        int overdue = drain(() -> self.overdueBatch(now));
        int warned = drain(() -> self.warningBatch(now));
        return new SweepResult(warned, overdue, (System.nanoTime() - start) / 1_000_000);
    }

    /** Runs batches ({read, claimed}) until one reads less than a full batch; the claims in all. */
    private static int drain(java.util.function.Supplier<int[]> batches) {
        int claimed = 0;
        for (int[] batch = batches.get(); batch[0] > 0; batch = batches.get()) {
            claimed += batch[1];
            if (batch[0] < BATCH) {
                break;
            }
        }
        return claimed;
    }

    /** One batch of overdue marks; returns {read, claimed}. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int[] overdueBatch(Instant now) {
        List<DueStage> due = deadlines.toMarkOverdue(now, BATCH);
        int claimed = 0;
        for (DueStage stage : due) {
            if (deadlines.claimOverdue(stage.instructionId(), stage.stage(), now)) {
                tell(stage, "DEADLINE_OVERDUE", "已超时", now);
                orderChanged.fire(OrderChanged.of(stage.incidentId()));
                claimed++;
            }
        }
        return new int[] {due.size(), claimed};
    }

    /** One batch of warnings for stages due within the warning period; returns {read, claimed}. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int[] warningBatch(Instant now) {
        List<DueStage> due = deadlines.toWarn(now.plus(warnBefore), BATCH);
        int claimed = 0;
        for (DueStage stage : due) {
            if (deadlines.claimWarning(stage.instructionId(), stage.stage(), now)) {
                tell(stage, "DEADLINE_WARNING", "即将到期", now);
                claimed++;
            }
        }
        return new int[] {due.size(), claimed};
    }

    private void tell(DueStage stage, String kind, String what, Instant now) {
        String text = "指令 " + stage.instructionId() + "（工单 " + stage.incidentId() + "）"
                + StageNames.zh(stage.stage()) + "时限 " + TIME.format(stage.dueAt().atZone(zone())) + " " + what;
        String key = kind + ":" + stage.instructionId() + ":" + stage.stage();
        String unit = stage.channel() == org.linkage110.routing.Channel.HOTLINE_12345 ? "HOTLINE_12345" : stage.unitCode();
        notifications.raise(unit, kind, stage.incidentId(), stage.instructionId(), text, key + ":" + unit);
        notifications.raise(Notification.OFFICE, kind, stage.incidentId(), stage.instructionId(), text,
                key + ":" + Notification.OFFICE);
    }

    private ZoneId zone() {
        return clock.getZone();
    }
}

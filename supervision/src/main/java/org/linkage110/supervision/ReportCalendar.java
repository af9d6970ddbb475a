package org.linkage110.supervision;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ScheduleExpression;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.linkage110.platform.JobLeases;

/**
 * When reports are issued: on the 1st at 06:00 in the office's time zone ({@code app.timezone}),
 * last month's bulletin, and on the first day of a quarter also last quarter's assessment; and at
 * every start, the periods that ended while the server was down. Each report is issued once: a
 * period already issued (by the office, by this server earlier, by another server of a cluster at
 * the same moment) is left as it is.
 */
@Singleton
@Startup
public class ReportCalendar {

    private static final Logger LOG = Logger.getLogger(ReportCalendar.class.getName());

    /** How long after the start the missed periods are looked for, so that deployment is not held up. */
    private static final Duration AFTER_START = Duration.ofSeconds(30);

    @Resource
    TimerService timers;

    @Inject
    Reports reports;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "app.timezone")
    String timezone;

    @Inject
    JobLeases leases;

    @Inject
    @ConfigProperty(name = "app.reports.catch-up-periods", defaultValue = "2")
    int catchUpPeriods;

    @Inject
    @ConfigProperty(name = "app.watch.enabled", defaultValue = "true")
    boolean enabled;

    @PostConstruct
    void schedule() {
        if (!enabled) {
            return;
        }
        timers.createCalendarTimer(new ScheduleExpression().dayOfMonth("1").hour("6").minute("0").second("0")
                .timezone(timezone), new TimerConfig("reports of the periods just ended", false));
        timers.createSingleActionTimer(AFTER_START.toMillis(), new TimerConfig("reports missed while down", false));
    }

    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void issue(Timer timer) {
        if (!leases.take("reports", Duration.ofMinutes(10))) {
            return; // another server of the cluster issues them
        }
        try {
            List<ReportView> issued = issueMissed(today());
            if (!issued.isEmpty()) {
                LOG.info(() -> timer.getInfo() + ": issued " + issued.stream().map(r -> r.kind() + " " + r.from()).toList());
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "the scheduled reports failed; the office can issue them from the dashboard", e);
        }
    }

    /** Today in the office's time zone: a report's period ends at the office's midnight, not the server's. */
    public LocalDate today() {
        return LocalDate.now(clock.withZone(ZoneId.of(timezone)));
    }

    /**
     * Issues the reports of the periods ended by {@code today} that were not issued: for each kind,
     * the latest ended period and, going back, each earlier one until one that was issued (at most
     * {@code app.reports.catch-up-periods}). What it issued, newest period first.
     */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public List<ReportView> issueMissed(LocalDate today) {
        List<ReportView> issued = new ArrayList<>();
        for (String kind : List.of(Reports.MONTHLY, Reports.QUARTERLY)) {
            LocalDate from = Reports.firstDay(kind, today).minusMonths(Reports.MONTHLY.equals(kind) ? 1 : 3);
            for (int period = 0; period < Math.max(1, catchUpPeriods); period++) {
                if (reports.issued(kind, from)) {
                    break;
                }
                try {
                    issued.add(reports.issueFor(kind, from));
                } catch (RuntimeException e) {
                    if (!reports.issued(kind, from)) {
                        throw e;
                    }
                    LOG.log(Level.FINE, "another server issued " + kind + " " + from + " at the same moment", e);
                }
                from = from.minusMonths(Reports.MONTHLY.equals(kind) ? 1 : 3);
            }
        }
        return issued;
    }
}

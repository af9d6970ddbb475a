package org.linkage110.supervision;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.linkage110.domain.Role;
import org.linkage110.platform.DatabaseMigrations;
import org.linkage110.platform.JobLeases;
import org.linkage110.supervision.internal.FigureDifferences;
import org.linkage110.supervision.internal.FigureFacts;

/**
 * The check of the daily facts. Each change of an order moves its facts as it commits
 * ({@code internal.FactsKeptCurrent}); this rebuilds days from the raw orders, says what differed
 * and repairs it: every night for the last 100 days (differences go to the log, to
 * {@code /metrics} and to the office as a notification), on demand for any period, and once for
 * each day the sweep of earlier versions had built, which changes do not move until it is rebuilt.
 */
@Stateless
@DeclareRoles({Role.Names.SUPERVISOR, Role.Names.ADMIN})
public class FigureChecks {

    private static final Logger LOG = Logger.getLogger(FigureChecks.class.getName());

    /** Days the sweep of earlier versions built, converted per run of {@link #convertOldDays}. */
    private static final int OLD_DAYS_PER_RUN = 10;

    @Inject
    FigureFacts facts;

    @Inject
    FigureDifferences differences;

    @Inject
    JobLeases leases;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "app.watch.enabled", defaultValue = "true")
    boolean enabled;

    /** Rebuilds the facts of these days from the raw orders; what each day's rebuild found (not reported). */
    @RolesAllowed({Role.Names.SUPERVISOR, Role.Names.ADMIN})
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public List<FactCheck> refresh(LocalDate from, LocalDate to) {
        return refreshDays(from, to);
    }

    /** The same, for reports and schedules that run without a caller. */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public List<FactCheck> refreshDays(LocalDate from, LocalDate to) {
        List<FactCheck> checks = new ArrayList<>();
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            checks.add(facts.rebuild(day, facts.ordersOf(day)));
        }
        return checks;
    }

    /** The nightly check, now, over these days: rebuilt, and every difference reported. */
    @RolesAllowed({Role.Names.SUPERVISOR, Role.Names.ADMIN})
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public List<FactCheck> check(LocalDate from, LocalDate to) {
        List<FactCheck> checks = refreshDays(from, to);
        differences.report(checks);
        return checks;
    }

    @Schedule(hour = "2", minute = "15", persistent = false, info = "check of the figures of the last 100 days")
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void nightly() {
        if (enabled && leases.take("figures-nightly-check", Duration.ofHours(12))) {
            LocalDate today = LocalDate.now(clock);
            safely(() -> {
                List<FactCheck> checks = refreshDays(today.minusDays(100), today);
                differences.report(checks);
                long differing = checks.stream().filter(FactCheck::differs).count();
                LOG.info(() -> "figures checked: " + checks.size() + " days, " + differing + " differed");
            });
        }
    }

    @Schedule(minute = "*/10", hour = "*", persistent = false, info = "figures built by earlier versions")
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void convertOldDays() {
        if (!enabled || !DatabaseMigrations.schemaInPlace()) {
            return;
        }
        List<LocalDate> old = facts.oldDays(OLD_DAYS_PER_RUN);
        if (!old.isEmpty() && leases.take("figures-old-days", Duration.ofMinutes(9))) {
            safely(() -> old.forEach(day -> facts.rebuild(day, facts.ordersOf(day))));
        }
    }

    private static void safely(Runnable check) {
        try {
            check.run();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "checking the figures failed; the next run catches up", e);
        }
    }
}

package org.linkage110.intake.internal;

import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.linkage110.intake.PoliceMatters;
import org.linkage110.platform.DatabaseMigrations;

/**
 * Watches the feedback deadline of emergency police matters (001: within the hour): every
 * twenty seconds, the ones past it without 110's feedback are marked and the office warned, once.
 */
@Stateless
public class PoliceFeedbackWatch {

    private static final Logger LOG = Logger.getLogger(PoliceFeedbackWatch.class.getName());

    @Inject
    PoliceMatters matters;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "app.watch.enabled", defaultValue = "true")
    boolean enabled;

    @Schedule(second = "*/20", minute = "*", hour = "*", persistent = false, info = "police feedback watch")
    public void scheduled() {
        if (!enabled || !DatabaseMigrations.schemaInPlace()) {
            return; // off, or a first start whose tables are not there yet
        }
        try {
            matters.warnOverdue(clock.instant());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "police feedback watch failed; the next run catches up", e);
        }
    }
}

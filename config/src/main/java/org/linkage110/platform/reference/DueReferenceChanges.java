package org.linkage110.platform.reference;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Applies scheduled reference data changes once their moment has come, every
 * {@code app.reference.apply-every} (30 s by default). Each change is claimed in the database, so
 * several servers applying at once apply it once.
 */
@Singleton
@Startup
public class DueReferenceChanges {

    private static final Logger LOG = Logger.getLogger(DueReferenceChanges.class.getName());

    @Resource
    TimerService timers;

    @Inject
    ReferenceRevisions revisions;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "app.reference.apply-every", defaultValue = "PT30S")
    Duration every;

    @PostConstruct
    void start() {
        timers.createIntervalTimer(every.toMillis(), every.toMillis(), new TimerConfig("reference data changes due", false));
    }

    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void applyDue() {
        try {
            int applied = revisions.applyDue(clock.instant());
            if (applied > 0) {
                LOG.info(() -> applied + " scheduled reference data changes took effect");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "applying due reference data changes failed; the next run retries", e);
        }
    }
}

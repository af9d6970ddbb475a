package org.linkage110.supervision.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.linkage110.domain.event.OrderChanged;

/**
 * Applies an order's change to the daily facts once the change has committed, before the request
 * that made it answers, so that the figure read next agrees with its drill-down. The change itself
 * never waits for or fails by the facts: they are applied in a transaction of their own, with the
 * other orders committed meanwhile (FactsApplier), and should that take longer than
 * {@code app.figures.apply-wait} the request answers and they follow as soon as they are done.
 */
@ApplicationScoped
public class FactsKeptCurrent {

    private static final Logger LOG = Logger.getLogger(FactsKeptCurrent.class.getName());

    @Inject
    FactsApplier facts;

    @Inject
    @ConfigProperty(name = "app.figures.apply-wait", defaultValue = "PT10S")
    Duration wait;

    /** Off: the facts move only by the check's rebuilds (for measuring what keeping them current costs). */
    @Inject
    @ConfigProperty(name = "app.figures.keep-current", defaultValue = "true")
    boolean keepCurrent;

    void onChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) OrderChanged changed) {
        if (!keepCurrent) {
            return;
        }
        long order = changed.incident().value();
        try {
            facts.apply(order).get(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            LOG.warning(() -> "the facts of order " + order + " are still being applied after " + wait);
        } catch (ExecutionException e) {
            LOG.log(Level.WARNING, "the facts of order " + order + " were not applied", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

package org.linkage110.supervision.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.linkage110.domain.event.OrderChanged;

/**
 * Applies an order's change to the daily facts once the change has committed, in the request that
 * made it, so that the figure read next agrees with its drill-down. Runs in a transaction of its
 * own: the change itself never waits for or fails by the facts. A try that loses a deadlock to
 * another server's is made again; should all fail (or the server stop first), the nightly check
 * finds the order and repairs its facts.
 */
@ApplicationScoped
public class FactsKeptCurrent {

    private static final Logger LOG = Logger.getLogger(FactsKeptCurrent.class.getName());
    private static final int TRIES = 3;

    @Inject
    OrderFacts facts;

    void onChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) OrderChanged changed) {
        long order = changed.incident().value();
        for (int attempt = 1; ; attempt++) {
            try {
                facts.apply(order);
                return;
            } catch (RuntimeException e) {
                if (attempt == TRIES) {
                    LOG.log(Level.WARNING, "the facts of order " + order + " were not applied (" + TRIES
                            + " tries); the nightly check repairs them", e);
                    return;
                }
                LOG.log(Level.FINE, "applying the facts of order " + order + " failed; again", e);
            }
        }
    }
}

package org.linkage110.supervision.internal;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.linkage110.intake.Incidents;
import org.linkage110.routing.FigureSource;
import org.linkage110.routing.FigureSource.OrderFact;

/**
 * Keeps one order's daily facts current: recomputes the order's fact rows from its raw rows as
 * they are now, and moves the daily facts by the difference from the rows stored before. The order's
 * head row is locked first, so two servers applying the same order take turns and the later one reads
 * what the earlier wrote; applying an order whose rows did not change moves nothing (idempotent).
 * Applied by a thread of the container's ({@link #applyAfterCommit}): the thread of the committed
 * change still holds its finished transaction, which no new transaction may be started beside.
 */
@Stateless
@PermitAll
public class OrderFacts {

    @Inject
    FactTables tables;

    @Inject
    FigureSource routing;

    @Inject
    Incidents incidents;

    @Inject
    FigureFacts figureFacts;

    @Inject
    Clock clock;

    @Resource
    SessionContext context;

    private static final Logger LOG = Logger.getLogger(OrderFacts.class.getName());
    private static final int TRIES = 3;

    /**
     * {@link #apply} in a transaction of its own on a thread of the container's, tried again when
     * it loses a deadlock to another server's; whether it went through. Should every try fail, the
     * nightly check finds the order and repairs its facts.
     */
    @Asynchronous
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public Future<Boolean> applyAfterCommit(long incidentId) {
        OrderFacts self = context.getBusinessObject(OrderFacts.class);
        for (int attempt = 1; attempt <= TRIES; attempt++) {
            try {
                self.apply(incidentId);
                return CompletableFuture.completedFuture(true);
            } catch (RuntimeException e) {
                LOG.log(attempt == TRIES ? Level.WARNING : Level.FINE, "the facts of order " + incidentId
                        + " were not applied (try " + attempt + " of " + TRIES + "); the nightly check repairs them", e);
            }
        }
        return CompletableFuture.completedFuture(false);
    }

    /** Recomputes the order's facts and moves the daily facts by what changed; whether anything did. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean apply(long incidentId) {
        tables.lockHeads(List.of(incidentId));
        Map<FactKey, FactCounts> before = tables.orderRows(List.of(incidentId)).getOrDefault(incidentId, Map.of());
        Map<FactKey, FactCounts> after = recompute(List.of(incidentId), clock.instant())
                .getOrDefault(incidentId, Map.of());
        if (before.equals(after)) {
            return false;
        }
        LocalDate day = (after.isEmpty() ? before : after).keySet().iterator().next().day();
        if (tables.legacy(day)) {
            return false; // the day is rebuilt as a whole first (FigureChecks)
        }
        tables.writeOrder(incidentId, before, after);
        tables.addToDaily(FactsOfOrders.delta(before, after));
        return true;
    }

    /** These orders' fact rows from their raw rows as of {@code now}; drills and ids of no order have none. */
    public Map<Long, Map<FactKey, FactCounts>> recompute(Collection<Long> incidentIds, Instant now) {
        List<OrderFact> orders = routing.ordersOf(incidentIds);
        List<Long> ids = orders.stream().map(OrderFact::incidentId).toList();
        if (ids.isEmpty()) {
            return Map.of();
        }
        return FactsOfOrders.of(orders, routing.instructionsOf(ids, now), incidents.repeatCountsOf(ids),
                figureFacts.doneCallbacks(ids), clock.getZone());
    }
}

package org.linkage110.supervision.internal;

import jakarta.annotation.security.PermitAll;
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
import org.linkage110.intake.Incidents;
import org.linkage110.routing.FigureSource;
import org.linkage110.routing.FigureSource.OrderFact;

/**
 * Keeps one order's daily facts current: recomputes the order's fact rows from its raw rows as
 * they are now, and moves the daily facts by the difference from the rows stored before. The order's
 * head row is locked first, so two servers applying the same order take turns and the later one reads
 * what the earlier wrote; applying an order whose rows did not change moves nothing (idempotent).
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

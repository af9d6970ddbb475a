package org.linkage110.supervision.internal;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.linkage110.intake.Incidents;
import org.linkage110.routing.FigureSource;
import org.linkage110.routing.FigureSource.OrderFact;

/**
 * Keeps orders' daily facts current: recomputes each order's fact rows from its raw rows as they are
 * now, and moves the daily facts by the difference from the rows stored before. The orders' head rows
 * are locked first, so two servers applying the same order take turns and the later one reads what the
 * earlier wrote; applying an order whose rows did not change moves nothing (idempotent). Called on a
 * thread of the container's ({@link FactsApplier}): the thread of the committed change still holds its
 * finished transaction, which no new transaction may be started beside. The order's returned
 * instructions ({@link ReturnFacts}) are kept with them.
 */
@Stateless
@PermitAll
public class OrderFacts {

    @Inject
    FactTables tables;

    @Inject
    LegacyDays legacyDays;

    @Inject
    FigureSource routing;

    @Inject
    Incidents incidents;

    @Inject
    FigureFacts figureFacts;

    @Inject
    ReturnFacts returns;

    @Inject
    Clock clock;

    /**
     * Recomputes these orders' facts and moves the daily facts by what changed, in one transaction:
     * the orders whose facts moved. The heads are locked in id order and the daily rows moved in key
     * order, so that two servers applying at once take turns instead of deadlocking. An order of a day
     * still holding the sweep's facts is left to that day's rebuild (FigureChecks).
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Set<Long> apply(Collection<Long> incidentIds) {
        tables.lockHeads(incidentIds);
        Map<Long, Map<FactKey, FactCounts>> before = tables.orderRows(incidentIds);
        Map<Long, Map<FactKey, FactCounts>> after = recompute(incidentIds, clock.instant());
        Map<Long, LocalDate> moved = new TreeMap<>(); // each order whose facts move, and its day
        for (long id : incidentIds) {
            Map<FactKey, FactCounts> was = before.getOrDefault(id, Map.of());
            Map<FactKey, FactCounts> is = after.getOrDefault(id, Map.of());
            if (!was.equals(is)) {
                moved.put(id, (is.isEmpty() ? was : is).keySet().iterator().next().day());
            }
        }
        moved.values().removeAll(legacyDays.among(Set.copyOf(moved.values())));
        List<Map<FactKey, FactCounts>> deltas = new ArrayList<>();
        for (long id : moved.keySet()) {
            Map<FactKey, FactCounts> was = before.getOrDefault(id, Map.of());
            Map<FactKey, FactCounts> is = after.getOrDefault(id, Map.of());
            tables.writeOrder(id, was, is);
            deltas.add(FactsOfOrders.delta(was, is));
        }
        Map<FactKey, FactCounts> delta = FactsOfOrders.sum(deltas);
        delta.values().removeIf(FactCounts::isZero);
        tables.addToDaily(delta);
        returns.apply(incidentIds.stream().filter(id -> returned(before.get(id)) || returned(after.get(id))).toList());
        return Set.copyOf(moved.keySet());
    }

    /** Whether an order's facts count an instruction sent back: only such an order has returned rows to keep. */
    private static boolean returned(Map<FactKey, FactCounts> facts) {
        return facts != null && facts.values().stream().anyMatch(counts -> counts.get("returned") > 0);
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

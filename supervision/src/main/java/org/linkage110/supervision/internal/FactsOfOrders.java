package org.linkage110.supervision.internal;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.linkage110.domain.calendar.Stage;
import org.linkage110.routing.FigureSource.InstructionFact;
import org.linkage110.routing.FigureSource.OrderFact;
import org.linkage110.supervision.CallbackView;

/**
 * What each order adds to the daily facts (README, Indicators), from its raw rows: the order's own
 * counts under its lead unit, each instruction's under the instruction's unit, the callbacks' under
 * the order's. One definition for the change that moves one order and for the rebuild of a day.
 */
public final class FactsOfOrders {

    private static final Map<Stage, String> STAGE_COLUMN = Map.of(Stage.SIGN_FOR, "sign", Stage.CALLER_CONTACT,
            "contact", Stage.ARRIVE, "arrive", Stage.FIRST_REPORT, "report", Stage.RESULT, "result");

    private FactsOfOrders() {
    }

    /**
     * Per order (of {@code orders}; instructions and callbacks of other orders are ignored), its
     * fact rows. Every order has at least its lead unit's row.
     */
    public static Map<Long, Map<FactKey, FactCounts>> of(Collection<OrderFact> orders,
                                                         Collection<InstructionFact> instructions,
                                                         Map<Long, Integer> repeats,
                                                         Collection<CallbackView> callbacks, ZoneId zone) {
        Map<Long, OrderFact> byId = new HashMap<>();
        Map<Long, Map<FactKey, FactCounts>> facts = new LinkedHashMap<>();
        for (OrderFact order : orders) {
            byId.put(order.incidentId(), order);
            FactCounts c = row(facts, order, orderKey(order, zone));
            c.add("received", 1);
            c.add("diverted", order.diverted() ? 1 : 0);
            c.add("closed", order.closed() ? 1 : 0);
            c.add("sent_to_police", order.sentToPolice() ? 1 : 0);
            c.add("repeats", repeats.getOrDefault(order.incidentId(), 0));
        }
        for (InstructionFact instruction : instructions) {
            OrderFact order = byId.get(instruction.incidentId());
            if (order == null) {
                continue;
            }
            FactCounts c = row(facts, order, new FactKey(day(order, zone), instruction.unitCode(), instruction.tier(),
                    blank(order.subDistrict()), blank(order.category())));
            c.add("dispatched", 1);
            c.add("signed", instruction.signed() ? 1 : 0);
            c.add("signed_on_time", instruction.signedOnTime() ? 1 : 0);
            c.add("fed_back", instruction.fedBack() ? 1 : 0);
            c.add("returned", instruction.returned() ? 1 : 0);
            instruction.stagesOnTime().forEach((stage, onTime) -> {
                String column = STAGE_COLUMN.get(stage);
                if (column != null) {
                    c.add(column + "_due", 1);
                    c.add(column + "_on_time", onTime ? 1 : 0);
                }
            });
        }
        for (CallbackView callback : callbacks) {
            OrderFact order = byId.get(callback.incidentId());
            if (order != null) {
                FactCounts c = row(facts, order, orderKey(order, zone));
                FigureFacts.callbackCounts(callback).forEach(c::add);
            }
        }
        return facts;
    }

    /** The sum of these orders' rows per key. */
    public static Map<FactKey, FactCounts> sum(Collection<Map<FactKey, FactCounts>> orders) {
        Map<FactKey, FactCounts> sum = new TreeMap<>();
        for (Map<FactKey, FactCounts> order : orders) {
            order.forEach((key, counts) -> sum.computeIfAbsent(key, k -> new FactCounts()).addAll(counts));
        }
        return sum;
    }

    /** What moving an order from {@code before} to {@code after} adds to each daily row (zero moves left out). */
    public static Map<FactKey, FactCounts> delta(Map<FactKey, FactCounts> before, Map<FactKey, FactCounts> after) {
        Map<FactKey, FactCounts> delta = new TreeMap<>();
        after.forEach((key, counts) -> delta.put(key, counts.minus(before.getOrDefault(key, new FactCounts()))));
        before.forEach((key, counts) -> delta.putIfAbsent(key, new FactCounts().minus(counts)));
        delta.values().removeIf(FactCounts::isZero);
        return delta;
    }

    public static FactKey orderKey(OrderFact order, ZoneId zone) {
        return new FactKey(day(order, zone), blank(order.leadUnit()), order.leadTier() == null ? 0 : order.leadTier(),
                blank(order.subDistrict()), blank(order.category()));
    }

    private static FactCounts row(Map<Long, Map<FactKey, FactCounts>> facts, OrderFact order, FactKey key) {
        return facts.computeIfAbsent(order.incidentId(), id -> new TreeMap<>()).computeIfAbsent(key,
                k -> new FactCounts());
    }

    private static LocalDate day(OrderFact order, ZoneId zone) {
        return order.receivedAt().atZone(zone).toLocalDate();
    }

    private static String blank(String value) {
        return value == null ? "" : value;
    }
}

package org.linkage110.supervision.internal;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.linkage110.domain.calendar.Stage;
import org.linkage110.intake.Incidents;
import org.linkage110.routing.FigureSource;
import org.linkage110.supervision.CallbackView;
import org.linkage110.routing.FigureSource.InstructionFact;
import org.linkage110.routing.FigureSource.OrderFact;

/**
 * Builds the daily facts of one day of receipt from the raw orders: routing's orders and
 * instructions, intake's repeat counts, supervision's callbacks. A day is replaced as a whole in
 * one transaction, so figures never see half a day.
 */
@Stateless
public class FigureFacts {

    private static final Map<Stage, String> STAGE_COLUMN = Map.of(Stage.SIGN_FOR, "sign", Stage.CALLER_CONTACT,
            "contact", Stage.ARRIVE, "arrive", Stage.FIRST_REPORT, "report", Stage.RESULT, "result");

    /** Orders asked about at a time: a day's orders may be more than a statement takes parameters. */
    private static final int IN_LIST = 1000;

    @PersistenceContext(unitName = "supervision")
    EntityManager em;

    @Inject
    FigureSource routing;

    @Inject
    Incidents incidents;

    @Inject
    Clock clock;

    /** The key of a fact row. */
    public record Key(String unit, int tier, String subDistrict, String category) implements Comparable<Key> {
        @Override
        public int compareTo(Key o) {
            return (unit + "|" + tier + "|" + subDistrict + "|" + category)
                    .compareTo(o.unit + "|" + o.tier + "|" + o.subDistrict + "|" + o.category);
        }
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int refresh(LocalDate day) {
        ZoneId zone = clock.getZone();
        Instant from = day.atStartOfDay(zone).toInstant();
        Instant to = day.plusDays(1).atStartOfDay(zone).toInstant();
        Map<Key, FactCounts> facts = new TreeMap<>();
        List<OrderFact> orders = routing.orders(from, to);
        Map<Long, OrderFact> byId = new HashMap<>();
        Map<Long, Integer> repeats = incidents.repeatCounts(from, to);
        for (OrderFact order : orders) {
            byId.put(order.incidentId(), order);
            FactCounts c = facts.computeIfAbsent(orderKey(order), k -> new FactCounts());
            c.add("received", 1);
            c.add("diverted", order.diverted() ? 1 : 0);
            c.add("closed", order.closed() ? 1 : 0);
            c.add("sent_to_police", order.sentToPolice() ? 1 : 0);
            c.add("repeats", repeats.getOrDefault(order.incidentId(), 0));
        }
        for (InstructionFact instruction : routing.instructions(from, to, clock.instant())) {
            OrderFact order = byId.get(instruction.incidentId());
            if (order == null) {
                continue;
            }
            FactCounts c = facts.computeIfAbsent(new Key(instruction.unitCode(), instruction.tier(),
                    blank(order.subDistrict()), blank(order.category())), k -> new FactCounts());
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
        for (CallbackView callback : doneCallbacks(byId.keySet())) {
            FactCounts c = facts.computeIfAbsent(orderKey(byId.get(callback.incidentId())), k -> new FactCounts());
            callbackCounts(callback).forEach(c::add);
        }
        em.createNativeQuery("DELETE FROM supervision_daily_fact WHERE day = ?").setParameter(1, day).executeUpdate();
        String columns = String.join(", ", FactCounts.COLUMNS);
        String marks = String.join(", ", FactCounts.COLUMNS.stream().map(c -> "?").toList());
        LocalDateTime now = LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        for (Map.Entry<Key, FactCounts> fact : facts.entrySet()) {
            var insert = em.createNativeQuery("INSERT INTO supervision_daily_fact (day, unit_code, tier, sub_district, "
                    + "category, " + columns + ", refreshed_at) VALUES (?, ?, ?, ?, ?, " + marks + ", ?)")
                    .setParameter(1, day).setParameter(2, fact.getKey().unit()).setParameter(3, fact.getKey().tier())
                    .setParameter(4, fact.getKey().subDistrict()).setParameter(5, fact.getKey().category());
            long[] values = fact.getValue().values();
            for (int i = 0; i < values.length; i++) {
                insert.setParameter(6 + i, values[i]);
            }
            insert.setParameter(6 + values.length, now).executeUpdate();
        }
        return facts.size();
    }

    /** The callbacks made (reached, answered) about these orders. */
    public List<CallbackView> doneCallbacks(Collection<Long> orders) {
        List<Long> ids = List.copyOf(orders);
        List<CallbackView> done = new java.util.ArrayList<>();
        for (int at = 0; at < ids.size(); at += IN_LIST) {
            em.createQuery("select c from Callback c where c.incidentId in :orders order by c.id", Callback.class)
                    .setParameter("orders", ids.subList(at, Math.min(ids.size(), at + IN_LIST))).getResultStream()
                    .map(Callback::toView).filter(v -> v.status() == CallbackView.Status.DONE).forEach(done::add);
        }
        return done;
    }

    /** What a callback made adds to the counts: callbacks_done, and its answers' counts. */
    public static Map<String, Integer> callbackCounts(CallbackView callback) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        counts.put("callbacks_done", 1);
        if (callback.satisfaction() != null) {
            boolean dissatisfied = callback.satisfaction() == CallbackView.Satisfaction.DISSATISFIED;
            counts.put("satisfaction_answers", 1);
            counts.put("satisfied", dissatisfied ? 0 : 1);
            counts.put("complaints", dissatisfied ? 1 : 0);
        }
        counts.put("unresolved", callback.resolution() == CallbackView.Resolution.RESOLVED ? 0 : 1);
        return counts;
    }

    public static Key orderKey(OrderFact order) {
        return new Key(blank(order.leadUnit()), order.leadTier() == null ? 0 : order.leadTier(),
                blank(order.subDistrict()), blank(order.category()));
    }

    private static String blank(String value) {
        return value == null ? "" : value;
    }
}

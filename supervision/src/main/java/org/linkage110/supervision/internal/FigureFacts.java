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
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.linkage110.intake.Incidents;
import org.linkage110.routing.FigureSource;
import org.linkage110.routing.FigureSource.OrderFact;
import org.linkage110.supervision.CallbackView;
import org.linkage110.supervision.FactCheck;

/**
 * Rebuilds the daily facts of one day of receipt from the raw orders (routing's orders and
 * instructions, intake's repeat counts, supervision's callbacks) and says what differed from what
 * was stored. A day is rebuilt in one transaction holding its orders' head rows and its daily rows,
 * so that no change of one of its orders is applied meanwhile and figures never see half a day.
 */
@Stateless
public class FigureFacts {

    /** Differences a check names, at most. */
    private static final int NAMED = 10;

    @PersistenceContext(unitName = "supervision")
    EntityManager em;

    @Inject
    FactTables tables;

    @Inject
    LegacyDays legacyDays;

    @Inject
    FigureSource routing;

    @Inject
    ReturnFacts returns;

    @Inject
    Incidents incidents;

    @Inject
    Clock clock;

    /** The orders a day's facts are made of: those received that day (drills too) and those it holds rows of. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public List<Long> ordersOf(LocalDate day) {
        Set<Long> ids = new TreeSet<>(routing.orderIdsReceived(start(day), start(day.plusDays(1))));
        em.createNativeQuery("SELECT DISTINCT incident_id FROM supervision_order_fact WHERE day = ?").setParameter(1, day)
                .getResultList().forEach(id -> ids.add(((Number) id).longValue()));
        return List.copyOf(ids);
    }

    /** Days the sweep of earlier versions built that are still to be rebuilt once, oldest first. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public List<LocalDate> oldDays(int max) {
        return legacyDays.oldest(max);
    }

    /**
     * Rebuilds the facts of {@code orders} (the day's, as {@link #ordersOf} listed them) and the day's
     * daily rows from them; orders of the day that came in since keep the rows their change wrote.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public FactCheck rebuild(LocalDate day, List<Long> orders) {
        Instant now = clock.instant();
        tables.lockHeads(orders);
        Map<FactKey, FactCounts> dailyBefore = tables.dailyForUpdate(day);
        Map<Long, Map<FactKey, FactCounts>> stored = tables.orderRowsOf(day);
        Set<Long> locked = Set.copyOf(orders);
        Map<Long, Map<FactKey, FactCounts>> raw = fromRaw(day, now, locked);
        boolean legacy = legacyDays.contains(day);
        List<String> differences = new ArrayList<>();
        Map<Long, Map<FactKey, FactCounts>> after = new HashMap<>(stored);
        Set<Long> ordersDiffering = new TreeSet<>();
        for (Long id : orders) {
            Map<FactKey, FactCounts> before = stored.getOrDefault(id, Map.of());
            Map<FactKey, FactCounts> recomputed = raw.getOrDefault(id, Map.of());
            if (!before.equals(recomputed)) {
                ordersDiffering.add(id);
                name(differences, "order " + id + ": " + describe(before, recomputed));
                tables.writeOrder(id, before, recomputed);
            }
            after.remove(id);
            if (!recomputed.isEmpty()) {
                after.put(id, recomputed);
            }
        }
        Map<FactKey, FactCounts> dailyAfter = FactsOfOrders.sum(after.values());
        int rowsDiffering = 0;
        Set<FactKey> keys = new TreeSet<>(dailyBefore.keySet());
        keys.addAll(dailyAfter.keySet());
        for (FactKey key : keys) {
            FactCounts was = dailyBefore.getOrDefault(key, new FactCounts());
            FactCounts is = dailyAfter.getOrDefault(key, new FactCounts());
            if (!was.equals(is)) {
                rowsDiffering++;
                name(differences, "row " + key.unit() + "/" + key.tier() + "/" + key.subDistrict() + "/"
                        + key.category() + ": " + is.differencesFrom(was));
                tables.setDaily(key, is);
            }
        }
        for (Map.Entry<FactKey, String> unit : tables.sumUnitsAgain(day).entrySet()) {
            rowsDiffering++;
            name(differences, "unit row " + unit.getKey().unit() + "/" + unit.getKey().tier() + ": " + unit.getValue());
        }
        for (long id : returns.rebuild(day, locked)) {
            ordersDiffering.add(id);
            name(differences, "order " + id + ": its returned instructions");
        }
        if (legacy) {
            legacyDays.converted(day);
            return new FactCheck(day, raw.size(), dailyAfter.size(), 0, 0, List.of(), true);
        }
        return new FactCheck(day, raw.size(), dailyAfter.size(), ordersDiffering.size(), rowsDiffering, differences,
                false);
    }

    private Map<Long, Map<FactKey, FactCounts>> fromRaw(LocalDate day, Instant now, Set<Long> locked) {
        Instant from = start(day);
        Instant to = start(day.plusDays(1));
        List<OrderFact> orders = routing.orders(from, to).stream().filter(o -> locked.contains(o.incidentId())).toList();
        List<Long> ids = orders.stream().map(OrderFact::incidentId).toList();
        return FactsOfOrders.of(orders, routing.instructions(from, to, now), incidents.repeatCounts(from, to),
                doneCallbacks(ids), zone());
    }

    private static String describe(Map<FactKey, FactCounts> before, Map<FactKey, FactCounts> after) {
        Set<FactKey> keys = new TreeSet<>(before.keySet());
        keys.addAll(after.keySet());
        List<String> parts = new ArrayList<>();
        for (FactKey key : keys) {
            FactCounts was = before.getOrDefault(key, new FactCounts());
            FactCounts is = after.getOrDefault(key, new FactCounts());
            if (!was.equals(is)) {
                parts.add(key.unit() + "/" + key.tier() + " " + is.differencesFrom(was));
            }
        }
        return String.join("; ", parts);
    }

    private static void name(List<String> differences, String difference) {
        if (differences.size() < NAMED) {
            differences.add(difference);
        }
    }

    /** The callbacks made (reached, answered) about these orders. */
    public List<CallbackView> doneCallbacks(Collection<Long> orders) {
        List<Long> ids = List.copyOf(orders);
        List<CallbackView> done = new ArrayList<>();
        for (int at = 0; at < ids.size(); at += 1000) {
            em.createQuery("select c from Callback c where c.incidentId in :orders order by c.id", Callback.class)
                    .setParameter("orders", ids.subList(at, Math.min(ids.size(), at + 1000))).getResultStream()
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

    private Instant start(LocalDate day) {
        return day.atStartOfDay(zone()).toInstant();
    }

    private ZoneId zone() {
        return clock.getZone();
    }
}

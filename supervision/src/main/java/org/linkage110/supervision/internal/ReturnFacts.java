package org.linkage110.supervision.internal;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.linkage110.routing.FigureSource;
import org.linkage110.routing.FigureSource.ReturnFact;

/**
 * The orders' returned instructions among the facts ({@code supervision_order_return}), which the
 * disputed-jurisdiction list reads: kept current with each order's other facts, under the lock of its
 * head row, and rebuilt with its day. An order's rows are rewritten only when they differ from its raw
 * rows as they are now (a return, a return taken back, the order's item changed). Every method joins
 * the caller's transaction.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class ReturnFacts {

    private static final int CHUNK = 500;
    private static final String SELECT = "SELECT instruction_id, incident_id, day, item_code, unit_code, reason "
            + "FROM supervision_order_return WHERE ";

    /** One stored row: an instruction sent back, the day its order came in, the order's item. */
    public record Row(long instructionId, long incidentId, LocalDate day, String itemCode, String unitCode,
                      String reason) {
    }

    @PersistenceContext(unitName = "supervision")
    EntityManager em;

    @Inject
    FigureSource routing;

    @Inject
    Clock clock;

    /** Brings these orders' rows (their heads locked) to their raw rows: the orders whose rows changed. */
    public Set<Long> apply(Collection<Long> incidentIds) {
        if (incidentIds.isEmpty()) {
            return Set.of();
        }
        return rewrite(incidentIds, storedOf(incidentIds), byOrder(routing.returnsOf(incidentIds)));
    }

    /**
     * Brings the rows of a day's orders (those listed, their heads locked) to their raw rows, as the
     * rebuild of the day does: the orders whose rows differed.
     */
    public Set<Long> rebuild(LocalDate day, Set<Long> orders) {
        Map<Long, List<Row>> raw = byOrder(routing.returns(day.atStartOfDay(clock.getZone()).toInstant(),
                day.plusDays(1).atStartOfDay(clock.getZone()).toInstant()));
        raw.keySet().retainAll(orders);
        Map<Long, List<Row>> stored = storedOn(day);
        stored.keySet().retainAll(orders);
        Set<Long> ids = new TreeSet<>(stored.keySet());
        ids.addAll(raw.keySet());
        return rewrite(ids, stored, raw);
    }

    private Set<Long> rewrite(Collection<Long> incidentIds, Map<Long, List<Row>> stored, Map<Long, List<Row>> raw) {
        Set<Long> changed = new TreeSet<>();
        for (long id : new TreeSet<>(incidentIds)) {
            List<Row> was = stored.getOrDefault(id, List.of());
            List<Row> is = raw.getOrDefault(id, List.of());
            if (!was.equals(is)) {
                changed.add(id);
                if (!was.isEmpty()) {
                    em.createNativeQuery("DELETE FROM supervision_order_return WHERE incident_id = ?").setParameter(1, id)
                            .executeUpdate();
                }
                is.forEach(this::insert);
            }
        }
        return changed;
    }

    private void insert(Row row) {
        em.createNativeQuery("INSERT INTO supervision_order_return (instruction_id, incident_id, day, item_code, "
                + "unit_code, reason) VALUES (?, ?, ?, ?, ?, ?)").setParameter(1, row.instructionId())
                .setParameter(2, row.incidentId()).setParameter(3, row.day()).setParameter(4, row.itemCode())
                .setParameter(5, row.unitCode()).setParameter(6, row.reason()).executeUpdate();
    }

    private Map<Long, List<Row>> storedOf(Collection<Long> incidentIds) {
        Map<Long, List<Row>> byOrder = new TreeMap<>();
        List<Long> ids = List.copyOf(incidentIds);
        for (int at = 0; at < ids.size(); at += CHUNK) {
            List<Long> some = ids.subList(at, Math.min(ids.size(), at + CHUNK));
            var select = em.createNativeQuery(SELECT + "incident_id IN (" + marks(some.size()) + ") ORDER BY instruction_id");
            for (int i = 0; i < some.size(); i++) {
                select.setParameter(i + 1, some.get(i));
            }
            collect(select.getResultList(), byOrder);
        }
        return byOrder;
    }

    private Map<Long, List<Row>> storedOn(LocalDate day) {
        Map<Long, List<Row>> byOrder = new TreeMap<>();
        collect(em.createNativeQuery(SELECT + "day = ? ORDER BY instruction_id").setParameter(1, day).getResultList(),
                byOrder);
        return byOrder;
    }

    private static void collect(List<?> found, Map<Long, List<Row>> byOrder) {
        for (Object one : found) {
            Object[] r = (Object[]) one;
            Row row = new Row(((Number) r[0]).longValue(), ((Number) r[1]).longValue(), FactTables.day(r[2]),
                    (String) r[3], (String) r[4], (String) r[5]);
            byOrder.computeIfAbsent(row.incidentId(), id -> new ArrayList<>()).add(row);
        }
    }

    private Map<Long, List<Row>> byOrder(List<ReturnFact> returns) {
        Map<Long, List<Row>> byOrder = new TreeMap<>();
        for (ReturnFact r : returns) {
            byOrder.computeIfAbsent(r.incidentId(), id -> new ArrayList<>()).add(new Row(r.instructionId(), r.incidentId(),
                    r.receivedAt().atZone(clock.getZone()).toLocalDate(), r.itemCode(), r.unitCode(), r.reason()));
        }
        return byOrder;
    }

    private static String marks(int n) {
        return String.join(", ", Collections.nCopies(n, "?"));
    }
}

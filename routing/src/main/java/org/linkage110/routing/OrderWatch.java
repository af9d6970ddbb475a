package org.linkage110.routing;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.linkage110.domain.calendar.Stage;
import org.linkage110.routing.internal.RoutingOrder;

/** Open orders by age, for supervision's sweeps (which run as the platform, without a caller). */
@Stateless
public class OrderWatch {

    @PersistenceContext(unitName = "routing")
    EntityManager em;

    /** Orders closed in {@code [from, to)}, by order number. */
    public List<ClosedOrder> closedBetween(Instant from, Instant to) {
        return em.createNamedQuery(RoutingOrder.CLOSED_BETWEEN, RoutingOrder.class).setParameter("from", from)
                .setParameter("to", to).getResultStream()
                .map(o -> new ClosedOrder(o.incidentId(), o.leadUnit(), o.itemCode(), o.closedAt())).toList();
    }

    /** Orders still open that were received at or before {@code receivedBy}, oldest first, from {@code afterId} on. */
    public List<OpenOrder> openSince(Instant receivedBy, long afterId, int max) {
        return em.createNamedQuery(RoutingOrder.OPEN_SINCE, RoutingOrder.class)
                .setParameter("statuses", EnumSet.of(OrderStatus.DISPATCHED, OrderStatus.DIVERTED_TO_12345,
                        OrderStatus.IN_HANDLING, OrderStatus.NEEDS_REASSESSMENT, OrderStatus.RESULTS_IN,
                        OrderStatus.REOPENED))
                .setParameter("by", receivedBy).setParameter("after", afterId).setMaxResults(max)
                .getResultStream().map(o -> new OpenOrder(o.incidentId(), o.task().receivedAt(), o.leadUnit(),
                        o.subDistrict(), o.itemCode())).toList();
    }

    /**
     * The stages overdue longest at {@code now} of instructions still in hand (not returned,
     * confirmed or reported back) of orders still open, drills left out; optionally of one unit,
     * tier, sub-district or category (item code prefix such as {@code C03}). Reads the open stages
     * by deadline through the stage table's open-deadline index.
     */
    public List<OverdueStage> worstOverdue(Instant now, String unit, Integer tier, String subDistrict, String category,
                                           int max) {
        StringBuilder sql = new StringBuilder("SELECT o.incident_id, i.id, i.unit_code, i.tier, s.stage, s.due_at, "
                + "o.item_code, o.sub_district FROM routing_instruction_stage s "
                + "JOIN routing_instruction i ON i.id = s.instruction_id "
                + "JOIN routing_order o ON o.incident_id = i.incident_id "
                + "WHERE s.done_at IS NULL AND s.due_at < ? "
                + "AND i.status NOT IN ('RETURNED', 'CONFIRMED', 'REPORTED_BACK') "
                + "AND o.status IN ('DISPATCHED', 'DIVERTED_TO_12345', 'IN_HANDLING', 'NEEDS_REASSESSMENT', 'RESULTS_IN', "
                + "'REOPENED') "
                + "AND NOT EXISTS (SELECT 1 FROM routing_drill d WHERE d.incident_id = o.incident_id)");
        List<Object> parameters = new ArrayList<>(List.of(LocalDateTime.ofInstant(now, ZoneOffset.UTC)));
        if (unit != null) {
            sql.append(" AND i.unit_code = ?");
            parameters.add(unit);
        }
        if (tier != null) {
            sql.append(" AND i.tier = ?");
            parameters.add(tier);
        }
        if (subDistrict != null) {
            sql.append(" AND o.sub_district = ?");
            parameters.add(subDistrict);
        }
        if (category != null) {
            sql.append(" AND o.item_code LIKE ?");
            parameters.add(category.replace("%", "").replace("_", "") + "%");
        }
        sql.append(" ORDER BY s.due_at, s.instruction_id, s.stage");
        var select = em.createNativeQuery(sql.toString()).setMaxResults(max);
        for (int p = 0; p < parameters.size(); p++) {
            select.setParameter(p + 1, parameters.get(p));
        }
        return ((List<?>) select.getResultList()).stream().map(row -> (Object[]) row)
                .map(r -> new OverdueStage(((Number) r[0]).longValue(), ((Number) r[1]).longValue(), (String) r[2],
                        ((Number) r[3]).intValue(), Stage.valueOf((String) r[4]),
                        utcInstant(r[5]), (String) r[6], (String) r[7]))
                .toList();
    }

    /** A DATETIME read natively (UTC in the tables), whichever type the driver hands back. */
    private static Instant utcInstant(Object value) {
        LocalDateTime utc = value instanceof java.sql.Timestamp t ? t.toLocalDateTime() : (LocalDateTime) value;
        return utc.toInstant(ZoneOffset.UTC);
    }
}

package org.linkage110.routing;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.linkage110.domain.calendar.Stage;

/**
 * What routing contributes to the figures, per order and per instruction, for the orders received
 * in a period (the cohort the figures are reckoned by). Drills are never in it. For supervision's
 * daily facts, which run as the platform, without a caller.
 */
@Stateless
public class FigureSource {

    /** An order of the cohort: when it was received, its lead unit and that unit's tier, place, category and fate. */
    public record OrderFact(long incidentId, String leadUnit, Integer leadTier, String subDistrict, String category,
                            boolean diverted, boolean closed, boolean sentToPolice, Instant receivedAt)
            implements java.io.Serializable {
    }

    /**
     * An instruction of the cohort's orders: whether it was signed (on time), fed back (first
     * report or result), returned; and for each stage whose deadline passed or that was done,
     * whether it was done in time (stages skipped because the instruction ended first do not count).
     */
    public record InstructionFact(long incidentId, String unitCode, int tier, boolean signed, boolean signedOnTime,
                                  boolean fedBack, boolean returned, Map<Stage, Boolean> stagesOnTime) implements java.io.Serializable {
    }

    /**
     * An instruction sent back (退单) of an order with an item, drills left out: what the
     * disputed-jurisdiction list (001) is made of. The item is the order's as it is now.
     */
    public record ReturnFact(long instructionId, long incidentId, Instant receivedAt, String itemCode, String unitCode,
                             String reason) implements java.io.Serializable {
    }

    @PersistenceContext(unitName = "routing")
    EntityManager em;

    /** The returned instructions of the orders received in {@code [from, to)}. */
    public List<ReturnFact> returns(Instant from, Instant to) {
        return returns("o.received_at >= ? AND o.received_at < ?", List.of(utc(from), utc(to)));
    }

    /** The returned instructions of these orders. */
    public List<ReturnFact> returnsOf(Collection<Long> incidentIds) {
        List<ReturnFact> facts = new ArrayList<>();
        for (List<Long> some : chunks(incidentIds)) {
            facts.addAll(returns("o.incident_id IN (" + marks(some.size()) + ")", List.copyOf(some)));
        }
        return facts;
    }

    private List<ReturnFact> returns(String where, List<Object> parameters) {
        var select = em.createNativeQuery("SELECT i.id, o.incident_id, o.received_at, o.item_code, i.unit_code, "
                + "i.return_reason FROM routing_order o JOIN routing_instruction i ON i.incident_id = o.incident_id "
                + "WHERE " + where + " AND i.status = 'RETURNED' AND o.item_code IS NOT NULL "
                + "AND NOT EXISTS (SELECT 1 FROM routing_drill d WHERE d.incident_id = o.incident_id) ORDER BY i.id");
        List<?> rows = bound(select, parameters).getResultList();
        return rows.stream().map(r -> (Object[]) r).map(r -> new ReturnFact(((Number) r[0]).longValue(),
                ((Number) r[1]).longValue(), instant(r[2]), (String) r[3], (String) r[4], (String) r[5])).toList();
    }

    /** The orders received in {@code [from, to)}, drills left out. */
    public List<OrderFact> orders(Instant from, Instant to) {
        return orders("o.received_at >= ? AND o.received_at < ?", List.of(utc(from), utc(to)));
    }

    /** These orders as the figures count them; drills and ids that are no order are left out. */
    public List<OrderFact> ordersOf(Collection<Long> incidentIds) {
        List<OrderFact> facts = new ArrayList<>();
        for (List<Long> some : chunks(incidentIds)) {
            facts.addAll(orders("o.incident_id IN (" + marks(some.size()) + ")", List.copyOf(some)));
        }
        return facts;
    }

    /** Every order received in {@code [from, to)}, drills included: the ids whose facts a day is made of. */
    public List<Long> orderIdsReceived(Instant from, Instant to) {
        List<?> rows = em.createNativeQuery("SELECT incident_id FROM routing_order WHERE received_at >= ? "
                + "AND received_at < ? ORDER BY incident_id").setParameter(1, utc(from)).setParameter(2, utc(to))
                .getResultList();
        return rows.stream().map(r -> ((Number) r).longValue()).toList();
    }

    private List<OrderFact> orders(String where, List<Object> parameters) {
        var select = em.createNativeQuery("SELECT o.incident_id, o.lead_unit, COALESCE(li.tier, u.tier), o.sub_district, "
                + "LEFT(o.item_code, 3), o.assessed_at IS NOT NULL AND o.status <> 'SENT_TO_POLICE', o.status = 'CLOSED', "
                + "o.status = 'SENT_TO_POLICE', o.received_at "
                + "FROM routing_order o "
                + "LEFT JOIN routing_linkage_unit u ON u.code = o.lead_unit "
                + "LEFT JOIN (SELECT incident_id, MIN(tier) AS tier FROM routing_instruction WHERE role = 'LEAD' "
                + "AND status <> 'RETURNED' GROUP BY incident_id) li ON li.incident_id = o.incident_id "
                + "WHERE " + where
                + " AND NOT EXISTS (SELECT 1 FROM routing_drill d WHERE d.incident_id = o.incident_id)");
        List<?> rows = bound(select, parameters).getResultList();
        return rows.stream().map(r -> (Object[]) r).map(r -> new OrderFact(((Number) r[0]).longValue(), (String) r[1],
                r[2] == null ? null : ((Number) r[2]).intValue(), (String) r[3], (String) r[4], truth(r[5]), truth(r[6]),
                truth(r[7]), instant(r[8]))).toList();
    }

    /** An instruction fact with the instruction's id, for drilling down to it. */
    public record IdentifiedInstruction(long id, InstructionFact fact) implements java.io.Serializable {
    }

    public List<InstructionFact> instructions(Instant from, Instant to, Instant now) {
        return instructionIds(from, to, now).stream().map(IdentifiedInstruction::fact).toList();
    }

    /** The instructions of these orders (drills' included: {@link #ordersOf} leaves those out), as of {@code now}. */
    public List<InstructionFact> instructionsOf(Collection<Long> incidentIds, Instant now) {
        List<InstructionFact> facts = new ArrayList<>();
        for (List<Long> some : chunks(incidentIds)) {
            List<Object> parameters = new ArrayList<>(List.of(utc(now)));
            parameters.addAll(some);
            instructions("i.incident_id IN (" + marks(some.size()) + ")", parameters)
                    .forEach(i -> facts.add(i.fact()));
        }
        return facts;
    }

    public List<IdentifiedInstruction> instructionIds(Instant from, Instant to, Instant now) {
        return instructions("o.received_at >= ? AND o.received_at < ? "
                + "AND NOT EXISTS (SELECT 1 FROM routing_drill d WHERE d.incident_id = o.incident_id)",
                List.of(utc(now), utc(from), utc(to)));
    }

    private List<IdentifiedInstruction> instructions(String where, List<Object> parameters) {
        var select = em.createNativeQuery("SELECT i.id, i.incident_id, i.unit_code, i.tier, i.signed_at IS NOT NULL, "
                + "i.status = 'RETURNED', i.result_text IS NOT NULL, s.stage, s.outcome, s.done_at <= s.due_at, "
                + "s.due_at <= ? "
                + "FROM routing_instruction i JOIN routing_order o ON o.incident_id = i.incident_id "
                + "LEFT JOIN routing_instruction_stage s ON s.instruction_id = i.id "
                + "WHERE " + where + " ORDER BY i.id");
        List<?> rows = bound(select, parameters).getResultList();
        Map<Long, Builder> builders = new LinkedHashMap<>();
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            Builder b = builders.computeIfAbsent(((Number) r[0]).longValue(), id -> new Builder(((Number) r[1]).longValue(),
                    (String) r[2], ((Number) r[3]).intValue(), truth(r[4]), truth(r[5]), truth(r[6])));
            if (r[7] != null) {
                Stage stage = Stage.valueOf((String) r[7]);
                boolean done = "DONE".equals(r[8]);
                if (done || (r[8] == null && truth(r[10]))) {
                    b.stages.put(stage, done && truth(r[9]));
                }
                if (stage == Stage.FIRST_REPORT && done) {
                    b.fedBack = true;
                }
            }
        }
        return builders.entrySet().stream().map(e -> new IdentifiedInstruction(e.getKey(), e.getValue().build())).toList();
    }

    private static final class Builder {
        private final long incidentId;
        private final String unitCode;
        private final int tier;
        private final boolean signed;
        private final boolean returned;
        private boolean fedBack;
        private final Map<Stage, Boolean> stages = new EnumMap<>(Stage.class);

        Builder(long incidentId, String unitCode, int tier, boolean signed, boolean returned, boolean resulted) {
            this.incidentId = incidentId;
            this.unitCode = unitCode;
            this.tier = tier;
            this.signed = signed;
            this.returned = returned;
            this.fedBack = resulted;
        }

        InstructionFact build() {
            return new InstructionFact(incidentId, unitCode, tier, signed, Boolean.TRUE.equals(stages.get(Stage.SIGN_FOR)),
                    fedBack, returned, Map.copyOf(stages));
        }
    }

    private static jakarta.persistence.Query bound(jakarta.persistence.Query query, List<Object> parameters) {
        for (int i = 0; i < parameters.size(); i++) {
            query.setParameter(i + 1, parameters.get(i));
        }
        return query;
    }

    private static boolean truth(Object value) {
        return value != null && (value instanceof Boolean b ? b : ((Number) value).intValue() != 0);
    }

    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static Instant instant(Object value) {
        return value instanceof java.sql.Timestamp t ? t.toLocalDateTime().toInstant(ZoneOffset.UTC)
                : ((LocalDateTime) value).toInstant(ZoneOffset.UTC);
    }

    /** Ids asked about at a time: a day's orders may be more than a statement takes parameters. */
    private static List<List<Long>> chunks(Collection<Long> ids) {
        List<Long> all = List.copyOf(ids);
        List<List<Long>> chunks = new ArrayList<>();
        for (int at = 0; at < all.size(); at += 1000) {
            chunks.add(all.subList(at, Math.min(all.size(), at + 1000)));
        }
        return chunks;
    }

    private static String marks(int n) {
        return String.join(", ", java.util.Collections.nCopies(n, "?"));
    }
}

package org.linkage110.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.util.Map;

/** The counts of a day's figures recomputed by SQL from the raw rows of routing, intake and supervision. */
final class RawFigures {

    /** Runs a query of one number. */
    @FunctionalInterface
    interface Scalar {
        long scalar(String sql) throws SQLException;
    }

    private RawFigures() {
    }

    /** Asserts that every count of {@code facts} (the figures of {@code day}) equals its recomputation. */
    static void assertEqual(Map<String, Long> facts, String day, Scalar raw) throws SQLException {
        String orders = "FROM routing_order o WHERE o.received_at >= '" + day + "' - INTERVAL 8 HOUR "
                + "AND o.received_at < '" + day + "' + INTERVAL 16 HOUR "
                + "AND o.incident_id NOT IN (SELECT incident_id FROM routing_drill)";
        String instructions = "FROM routing_instruction i WHERE i.incident_id IN (SELECT o.incident_id " + orders + ")";
        String stages = "FROM routing_instruction_stage s WHERE s.instruction_id IN (SELECT i.id " + instructions + ")";
        String callbacks = "FROM supervision_callback b WHERE b.status = 'DONE' AND b.incident_id IN "
                + "(SELECT o.incident_id " + orders + ")";
        assertThat(facts.get("received")).isEqualTo(raw.scalar("SELECT COUNT(*) " + orders));
        assertThat(facts.get("diverted")).isEqualTo(raw.scalar("SELECT COUNT(*) " + orders
                + " AND o.assessed_at IS NOT NULL AND o.status <> 'SENT_TO_POLICE'"));
        assertThat(facts.get("closed")).isEqualTo(raw.scalar("SELECT COUNT(*) " + orders + " AND o.status = 'CLOSED'"));
        assertThat(facts.get("repeats")).isEqualTo(raw.scalar("SELECT COALESCE(SUM(repeat_count), 0) FROM "
                + "intake_incident WHERE id IN (SELECT o.incident_id " + orders + ")"));
        assertThat(facts.get("dispatched")).isEqualTo(raw.scalar("SELECT COUNT(*) " + instructions));
        assertThat(facts.get("signed")).isEqualTo(raw.scalar("SELECT COUNT(*) " + instructions
                + " AND i.signed_at IS NOT NULL"));
        assertThat(facts.get("returned")).isEqualTo(raw.scalar("SELECT COUNT(*) " + instructions
                + " AND i.status = 'RETURNED'"));
        assertThat(facts.get("fed_back")).isEqualTo(raw.scalar("SELECT COUNT(*) " + instructions
                + " AND (i.result_text IS NOT NULL OR EXISTS (SELECT 1 FROM routing_instruction_stage r WHERE "
                + "r.instruction_id = i.id AND r.stage = 'FIRST_REPORT' AND r.outcome = 'DONE'))"));
        assertThat(facts.get("signed_on_time")).isEqualTo(raw.scalar("SELECT COUNT(*) " + stages
                + " AND s.stage = 'SIGN_FOR' AND s.outcome = 'DONE' AND s.done_at <= s.due_at"));
        for (String[] stage : new String[][] {{"SIGN_FOR", "sign"}, {"FIRST_REPORT", "report"}, {"RESULT", "result"},
                {"ARRIVE", "arrive"}}) {
            assertThat(facts.get(stage[1] + "_due")).as(stage[0]).isEqualTo(raw.scalar("SELECT COUNT(*) " + stages
                    + " AND s.stage = '" + stage[0] + "' AND (s.outcome = 'DONE' OR (s.outcome IS NULL "
                    + "AND s.due_at <= UTC_TIMESTAMP()))"));
            assertThat(facts.get(stage[1] + "_on_time")).as(stage[0]).isEqualTo(raw.scalar("SELECT COUNT(*) "
                    + stages + " AND s.stage = '" + stage[0] + "' AND s.outcome = 'DONE' AND s.done_at <= s.due_at"));
        }
        assertThat(facts.get("callbacks_done")).isEqualTo(raw.scalar("SELECT COUNT(*) " + callbacks));
        assertThat(facts.get("satisfied")).isEqualTo(raw.scalar("SELECT COUNT(*) " + callbacks
                + " AND b.satisfaction IN ('SATISFIED', 'BASICALLY_SATISFIED')"));
        assertThat(facts.get("unresolved")).isEqualTo(raw.scalar("SELECT COUNT(*) " + callbacks
                + " AND b.resolution <> 'RESOLVED'"));
    }

    /**
     * Asserts that the disputed-jurisdiction list of {@code day} (asked for with a minimum of one)
     * names every item sent back among the day's orders, as often, by the same units, with the same
     * reasons, as the raw instructions say.
     */
    static void assertDisputedEqual(java.util.List<jakarta.json.JsonObject> listed, String day) throws SQLException {
        String returned = "FROM routing_instruction i JOIN routing_order o ON o.incident_id = i.incident_id "
                + "WHERE i.status = 'RETURNED' AND o.item_code IS NOT NULL "
                + "AND o.received_at >= '" + day + "' - INTERVAL 8 HOUR AND o.received_at < '" + day + "' + INTERVAL 16 HOUR "
                + "AND o.incident_id NOT IN (SELECT incident_id FROM routing_drill)";
        java.util.Set<String> returns = new java.util.HashSet<>();
        java.util.Set<String> units = new java.util.HashSet<>();
        java.util.Set<String> reasons = new java.util.HashSet<>();
        for (jakarta.json.JsonObject item : listed) {
            String code = item.getString("itemCode");
            returns.add(code + "|" + item.getJsonNumber("returns").longValue());
            item.getJsonArray("units").getValuesAs(jakarta.json.JsonString.class)
                    .forEach(u -> units.add(code + "|" + u.getString()));
            item.getJsonArray("reasons").getValuesAs(jakarta.json.JsonString.class)
                    .forEach(r -> reasons.add(code + "|" + r.getString()));
        }
        assertThat(returns).as("returns per item").isEqualTo(Database.strings("SELECT CONCAT(o.item_code, '|', COUNT(*)) "
                + returned + " GROUP BY o.item_code"));
        assertThat(units).as("units per item").isEqualTo(Database.strings("SELECT DISTINCT CONCAT(o.item_code, '|', "
                + "i.unit_code) " + returned));
        assertThat(reasons).as("reasons per item").isEqualTo(Database.strings("SELECT DISTINCT CONCAT(o.item_code, '|', "
                + "i.return_reason) " + returned + " AND TRIM(i.return_reason) <> ''"));
    }
}

package org.linkage110.routing.internal.schema;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.linkage110.platform.ReferenceData;
import org.linkage110.routing.internal.DecisionRule;
import org.linkage110.routing.internal.DecisionTable;

/**
 * Seeds the assessment decision table from {@code reference/decision-table.csv}, after checking
 * that the rows make a valid table, and records each row as its first revision.
 */
public class V4__Load_decision_table extends BaseJavaMigration {

    private static final String[] COLUMNS = {"rule_id", "priority", "applies_to", "on_scene_dispute",
            "threat_to_safety", "utilities_hazard", "needs_police_first", "handling_class", "level", "dispatch_mode",
            "reason_zh"};

    @Override
    public void migrate(Context context) throws Exception {
        List<Map<String, String>> rows = ReferenceData.rows("decision-table", COLUMNS);
        new DecisionTable(rows.stream().map(DecisionRule::of).toList());
        Connection db = context.getConnection();
        try (PreparedStatement rule = db.prepareStatement("INSERT INTO routing_decision_rule (rule_id, priority, "
                + "applies_to, on_scene_dispute, threat_to_safety, utilities_hazard, needs_police_first, handling_class, "
                + "level, dispatch_mode, reason_zh, updated_by, updated_at, version) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'reference-data', UTC_TIMESTAMP(6), 0)");
             PreparedStatement revision = db.prepareStatement("INSERT INTO routing_decision_rule_revision "
                     + "(rule_id, revision, content, changed_by, changed_at, why) "
                     + "VALUES (?, 1, ?, 'reference-data', UTC_TIMESTAMP(6), 'decision-table.csv')")) {
            for (Map<String, String> row : rows) {
                for (int i = 0; i < COLUMNS.length; i++) {
                    rule.setString(i + 1, row.get(COLUMNS[i]));
                }
                rule.addBatch();
                revision.setString(1, row.get("rule_id"));
                revision.setString(2, DecisionRule.of(row).toJson());
                revision.addBatch();
            }
            rule.executeBatch();
            revision.executeBatch();
        }
    }
}

package org.linkage110.routing.internal.schema;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.linkage110.platform.ReferenceData;

/**
 * Seeds routing's reference data from the files in {@code reference/}: the 39 linkage units of
 * 003 with their tiers (and a first entry in the tier history), the responsibility list, the
 * sub-district grids with their address keywords, the deadline table and the holiday calendar.
 */
public class V2__Load_reference_data extends BaseJavaMigration {

    private static final String SEEDED_BY = "reference-data";

    @Override
    public void migrate(Context context) throws Exception {
        Connection db = context.getConnection();
        loadUnits(db);
        loadResponsibilities(db);
        loadGrids(db);
        loadDeadlines(db);
        loadCalendar(db);
    }

    private static void loadUnits(Connection db) throws SQLException {
        List<Map<String, String>> rows = ReferenceData.rows("linkage-units", "code", "name_zh", "name_en", "tier", "kind");
        try (PreparedStatement unit = db.prepareStatement(
                "INSERT INTO routing_linkage_unit (code, name_zh, name_en, tier, kind, active, version) "
                        + "VALUES (?, ?, ?, ?, ?, TRUE, 0)");
             PreparedStatement history = db.prepareStatement(
                     "INSERT INTO routing_unit_tier_change (unit_code, tier, effective_from, changed_by, reason) "
                             + "VALUES (?, ?, UTC_TIMESTAMP(6), ?, ?)")) {
            for (Map<String, String> row : rows) {
                unit.setString(1, row.get("code"));
                unit.setString(2, row.get("name_zh"));
                unit.setString(3, row.get("name_en"));
                unit.setInt(4, Integer.parseInt(row.get("tier")));
                unit.setString(5, row.get("kind"));
                unit.addBatch();
                history.setString(1, row.get("code"));
                history.setInt(2, Integer.parseInt(row.get("tier")));
                history.setString(3, SEEDED_BY);
                history.setString(4, "003 tier list");
                history.addBatch();
            }
            unit.executeBatch();
            history.executeBatch();
        }
    }

    private static void loadResponsibilities(Connection db) throws SQLException {
        List<Map<String, String>> rows = ReferenceData.rows("responsibility-list", "item_code", "lead_unit_code",
                "co_unit_codes");
        try (PreparedStatement lead = db.prepareStatement(
                "INSERT INTO routing_responsibility (item_code, lead_unit_code, version) VALUES (?, ?, 0)");
             PreparedStatement co = db.prepareStatement(
                     "INSERT INTO routing_responsibility_co_unit (item_code, unit_code) VALUES (?, ?)")) {
            for (Map<String, String> row : rows) {
                lead.setString(1, row.get("item_code"));
                lead.setString(2, row.get("lead_unit_code"));
                lead.addBatch();
                for (String unit : ReferenceData.list(row.get("co_unit_codes"))) {
                    co.setString(1, row.get("item_code"));
                    co.setString(2, unit);
                    co.addBatch();
                }
            }
            lead.executeBatch();
            co.executeBatch();
        }
    }

    private static void loadGrids(Connection db) throws SQLException {
        List<Map<String, String>> rows = ReferenceData.rows("sub-districts", "unit_code", "grid_code", "grid_name_zh",
                "address_keywords");
        try (PreparedStatement grid = db.prepareStatement(
                "INSERT INTO routing_grid (grid_code, unit_code, name_zh) VALUES (?, ?, ?)");
             PreparedStatement keyword = db.prepareStatement(
                     "INSERT INTO routing_grid_keyword (keyword, grid_code) VALUES (?, ?)")) {
            for (Map<String, String> row : rows) {
                grid.setString(1, row.get("grid_code"));
                grid.setString(2, row.get("unit_code"));
                grid.setString(3, row.get("grid_name_zh"));
                grid.addBatch();
                for (String word : ReferenceData.list(row.get("address_keywords"))) {
                    keyword.setString(1, word);
                    keyword.setString(2, row.get("grid_code"));
                    keyword.addBatch();
                }
            }
            grid.executeBatch();
            keyword.executeBatch();
        }
    }

    private static void loadDeadlines(Connection db) throws SQLException {
        List<Map<String, String>> rows = ReferenceData.rows("deadlines", "level", "unit_class", "stage", "amount", "unit");
        try (PreparedStatement rule = db.prepareStatement(
                "INSERT INTO routing_deadline_rule (level, unit_class, stage, amount, unit, version) "
                        + "VALUES (?, ?, ?, ?, ?, 0)")) {
            for (Map<String, String> row : rows) {
                rule.setInt(1, Integer.parseInt(row.get("level")));
                rule.setString(2, row.get("unit_class"));
                rule.setString(3, row.get("stage"));
                rule.setLong(4, Long.parseLong(row.get("amount")));
                rule.setString(5, row.get("unit"));
                rule.addBatch();
            }
            rule.executeBatch();
        }
    }

    private static void loadCalendar(Connection db) throws SQLException {
        List<Map<String, String>> rows = ReferenceData.rows("calendar", "date", "kind", "name_zh", "note");
        try (PreparedStatement day = db.prepareStatement(
                "INSERT INTO routing_calendar_day (day, kind, name_zh, note) VALUES (?, ?, ?, ?)")) {
            for (Map<String, String> row : rows) {
                day.setDate(1, Date.valueOf(LocalDate.parse(row.get("date"))));
                day.setString(2, row.get("kind"));
                day.setString(3, row.get("name_zh"));
                day.setString(4, row.get("note"));
                day.addBatch();
            }
            day.executeBatch();
        }
    }
}

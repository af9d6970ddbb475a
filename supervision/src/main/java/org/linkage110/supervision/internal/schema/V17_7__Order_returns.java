package org.linkage110.supervision.internal.schema;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.eclipse.microprofile.config.ConfigProvider;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * The returned instructions (退单) kept among the facts (issue 17), one row per instruction sent back
 * of an order with an item, by the order's day of receipt, so that the disputed-jurisdiction list of a
 * period reads its own days' rows instead of joining every returned instruction to its order. Kept
 * current with the order's other facts; filled here once from the raw rows, the day reckoned in the
 * office's time zone as the daily facts are.
 */
public class V17_7__Order_returns extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        Connection db = context.getConnection();
        try (Statement ddl = db.createStatement()) {
            ddl.execute("CREATE TABLE supervision_order_return ("
                    + "instruction_id BIGINT NOT NULL PRIMARY KEY, "
                    + "incident_id BIGINT NOT NULL, "
                    + "day DATE NOT NULL, "
                    + "item_code VARCHAR(6) NOT NULL, "
                    + "unit_code VARCHAR(40) NOT NULL, "
                    + "reason TEXT COLLATE utf8mb4_bin NULL, "
                    // reasons told apart exactly, by a key short enough to group a month's returns in memory
                    + "reason_key BINARY(16) AS (UNHEX(MD5(reason))) PERSISTENT, "
                    + "KEY ix_order_return_day (day, item_code, unit_code, reason_key), "
                    + "KEY ix_order_return_incident (incident_id)"
                    + ") ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci");
        }
        ZoneId zone = ZoneId.of(ConfigProvider.getConfig().getValue("app.timezone", String.class));
        try (Statement read = db.createStatement();
             ResultSet returned = read.executeQuery("SELECT i.id, o.incident_id, o.received_at, o.item_code, "
                     + "i.unit_code, i.return_reason FROM routing_instruction i "
                     + "JOIN routing_order o ON o.incident_id = i.incident_id "
                     + "WHERE i.status = 'RETURNED' AND o.item_code IS NOT NULL "
                     + "AND NOT EXISTS (SELECT 1 FROM routing_drill d WHERE d.incident_id = o.incident_id)");
             PreparedStatement write = db.prepareStatement("INSERT INTO supervision_order_return "
                     + "(instruction_id, incident_id, day, item_code, unit_code, reason) VALUES (?, ?, ?, ?, ?, ?)")) {
            int batched = 0;
            while (returned.next()) {
                write.setLong(1, returned.getLong(1));
                write.setLong(2, returned.getLong(2));
                write.setObject(3, returned.getObject(3, java.time.LocalDateTime.class).toInstant(ZoneOffset.UTC)
                        .atZone(zone).toLocalDate());
                write.setString(4, returned.getString(4));
                write.setString(5, returned.getString(5));
                write.setString(6, returned.getString(6));
                write.addBatch();
                if (++batched % 1000 == 0) {
                    write.executeBatch();
                }
            }
            write.executeBatch();
        }
    }
}

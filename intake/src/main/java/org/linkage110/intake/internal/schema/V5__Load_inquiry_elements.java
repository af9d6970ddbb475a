package org.linkage110.intake.internal.schema;

import java.sql.PreparedStatement;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.linkage110.platform.ReferenceData;

/** Seeds the inquiry elements per category and item from {@code reference/inquiry-elements.csv}. */
public class V5__Load_inquiry_elements extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        List<Map<String, String>> rows = ReferenceData.rows("inquiry-elements", "applies_to", "code", "label_zh",
                "label_en", "datatype", "required", "choices");
        try (PreparedStatement element = context.getConnection().prepareStatement(
                "INSERT INTO intake_inquiry_element (applies_to, code, label_zh, label_en, datatype, required, choices, "
                        + "position, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0)")) {
            int position = 0;
            for (Map<String, String> row : rows) {
                element.setString(1, row.get("applies_to"));
                element.setString(2, row.get("code"));
                element.setString(3, row.get("label_zh"));
                element.setString(4, row.get("label_en"));
                element.setString(5, row.get("datatype"));
                element.setBoolean(6, Boolean.parseBoolean(row.get("required")));
                element.setString(7, row.get("choices"));
                element.setInt(8, ++position);
                element.addBatch();
            }
            element.executeBatch();
        }
    }
}

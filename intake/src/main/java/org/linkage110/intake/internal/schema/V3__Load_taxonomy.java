package org.linkage110.intake.internal.schema;

import java.sql.PreparedStatement;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.linkage110.platform.ReferenceData;

/**
 * Seeds the taxonomy and the keywords per item from {@code reference/taxonomy.csv}. Later changes
 * are the office's, made in the system; a new edition of the file comes with a new migration.
 */
public class V3__Load_taxonomy extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        List<Map<String, String>> rows = ReferenceData.rows("taxonomy", "code", "parent_code", "name_zh", "name_en",
                "keywords");
        try (PreparedStatement item = context.getConnection().prepareStatement(
                "INSERT INTO intake_taxonomy_item (code, parent_code, name_zh, name_en, active, version) "
                        + "VALUES (?, ?, ?, ?, TRUE, 0)");
             PreparedStatement keyword = context.getConnection().prepareStatement(
                     "INSERT INTO intake_taxonomy_keyword (item_code, keyword) VALUES (?, ?)")) {
            for (Map<String, String> row : rows) {
                item.setString(1, row.get("code"));
                item.setString(2, row.get("parent_code").isEmpty() ? null : row.get("parent_code"));
                item.setString(3, row.get("name_zh"));
                item.setString(4, row.get("name_en"));
                item.addBatch();
                for (String word : ReferenceData.list(row.get("keywords"))) {
                    keyword.setString(1, row.get("code"));
                    keyword.setString(2, word);
                    keyword.addBatch();
                }
            }
            item.executeBatch();
            keyword.executeBatch();
        }
    }
}

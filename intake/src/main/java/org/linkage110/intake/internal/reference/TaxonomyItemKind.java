package org.linkage110.intake.internal.reference;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.linkage110.platform.ChangeRefusedException.Refusal;
import org.linkage110.platform.reference.AppliedRevision;
import org.linkage110.platform.reference.ReferenceEntry;
import org.linkage110.platform.reference.ReferenceField;
import org.linkage110.platform.reference.ReferenceField.Choice;
import org.linkage110.platform.reference.ReferenceKind;

/**
 * The taxonomy (004's appendix): categories {@code Cnn} and their items {@code Cnn-nn}, with the
 * keywords that suggest an item for a call. Entries are switched off, never removed, as orders
 * name them. An item belongs to the category its code starts with.
 */
@Stateless
public class TaxonomyItemKind implements ReferenceKind {

    public static final String NAME = "taxonomy-item";

    @PersistenceContext(unitName = "intake")
    EntityManager em;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<ReferenceField> fields() {
        List<Choice> categories = IntakeRows.read(em, "SELECT code, name_zh, name_en FROM intake_taxonomy_item "
                + "WHERE parent_code IS NULL ORDER BY code").stream()
                .map(r -> new Choice((String) r[0], (String) r[1], (String) r[2])).toList();
        return List.of(ReferenceField.key("code", 6),
                ReferenceField.choice("parentCode", false, categories),
                ReferenceField.text("nameZh", true, 100),
                ReferenceField.text("nameEn", true, 150),
                ReferenceField.list("keywords", 2000),
                ReferenceField.bool("active"));
    }

    @Override
    public List<ReferenceEntry> entries() {
        return IntakeRows.read(em, "SELECT t.code, t.parent_code, t.name_zh, t.name_en, (SELECT GROUP_CONCAT(k.keyword "
                + "ORDER BY k.keyword SEPARATOR '|') FROM intake_taxonomy_keyword k WHERE k.item_code = t.code), t.active "
                + "FROM intake_taxonomy_item t ORDER BY t.code").stream()
                .map(r -> new ReferenceEntry((String) r[0], IntakeRows.values("code", r[0], "parentCode", r[1],
                        "nameZh", r[2], "nameEn", r[3], "keywords", r[4], "active", IntakeRows.bool(r[5])))).toList();
    }

    @Override
    public boolean removable() {
        return false;
    }

    @Override
    public List<Refusal> check(String key, Map<String, String> values) {
        List<Refusal> refusals = new ArrayList<>();
        String parent = values.get("parentCode");
        if (parent.isEmpty() && !key.matches("C[0-9]{2}")) {
            refusals.add(new Refusal("code", "taxonomy.categoryCode", "a category's code is C and two digits, e.g. C10"));
        }
        if (!parent.isEmpty() && !key.matches("C[0-9]{2}-[0-9]{2}")) {
            refusals.add(new Refusal("code", "taxonomy.itemCode", "an item's code is its category's and two digits, "
                    + "e.g. " + parent + "-01"));
        } else if (!parent.isEmpty() && !key.startsWith(parent + "-")) {
            refusals.add(new Refusal("parentCode", "taxonomy.parent", "an item belongs to the category its code "
                    + "starts with: " + key.substring(0, 3)));
        }
        for (String word : values.get("keywords").split("\\|")) {
            if (word.length() > 50) {
                refusals.add(new Refusal("keywords", "taxonomy.keywordLength", "a keyword of at most 50 characters: " + word));
            }
        }
        return refusals;
    }

    @Override
    public void apply(String key, Map<String, String> v, AppliedRevision revision) {
        String parent = v.get("parentCode").isEmpty() ? null : v.get("parentCode");
        boolean active = Boolean.parseBoolean(v.get("active"));
        if (IntakeRows.write(em, "UPDATE intake_taxonomy_item SET parent_code = ?, name_zh = ?, name_en = ?, active = ?, "
                + "version = version + 1 WHERE code = ?", parent, v.get("nameZh"), v.get("nameEn"), active, key) == 0) {
            IntakeRows.write(em, "INSERT INTO intake_taxonomy_item (code, parent_code, name_zh, name_en, active, version) "
                    + "VALUES (?, ?, ?, ?, ?, 0)", key, parent, v.get("nameZh"), v.get("nameEn"), active);
        }
        IntakeRows.write(em, "DELETE FROM intake_taxonomy_keyword WHERE item_code = ?", key);
        for (String word : v.get("keywords").split("\\|")) {
            if (!word.isBlank()) {
                IntakeRows.write(em, "INSERT INTO intake_taxonomy_keyword (item_code, keyword) VALUES (?, ?)", key, word);
            }
        }
    }
}

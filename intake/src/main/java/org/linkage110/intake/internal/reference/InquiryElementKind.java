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
 * The inquiry elements (001's 询问要素): what the call-taker asks for a category or an item, with
 * its datatype, whether it is required, the choices of a CHOICE, and its place in the form.
 */
@Stateless
public class InquiryElementKind implements ReferenceKind {

    public static final String NAME = "inquiry-element";

    @PersistenceContext(unitName = "intake")
    EntityManager em;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<ReferenceField> fields() {
        List<Choice> taxonomy = IntakeRows.read(em, "SELECT code, name_zh, name_en FROM intake_taxonomy_item "
                + "WHERE active = TRUE ORDER BY code").stream()
                .map(r -> new Choice((String) r[0], (String) r[1], (String) r[2])).toList();
        return List.of(ReferenceField.keyChoice("appliesTo", taxonomy),
                ReferenceField.key("code", 40),
                ReferenceField.text("labelZh", true, 100),
                ReferenceField.text("labelEn", true, 150),
                ReferenceField.choice("datatype", true, List.of(new Choice("TEXT", "文本", "Text"),
                        new Choice("NUMBER", "数字", "Number"), new Choice("BOOLEAN", "是/否", "Yes/no"),
                        new Choice("CHOICE", "选项", "Choice"))),
                ReferenceField.bool("required"),
                ReferenceField.list("choices", 500),
                ReferenceField.number("position"));
    }

    @Override
    public List<ReferenceEntry> entries() {
        return IntakeRows.read(em, "SELECT applies_to, code, label_zh, label_en, datatype, required, choices, position "
                + "FROM intake_inquiry_element ORDER BY applies_to, position, code").stream()
                .map(r -> new ReferenceEntry(r[0] + KEY_SEPARATOR + r[1], IntakeRows.values("appliesTo", r[0],
                        "code", r[1], "labelZh", r[2], "labelEn", r[3], "datatype", r[4],
                        "required", IntakeRows.bool(r[5]), "choices", r[6], "position", ((Number) r[7]).intValue())))
                .toList();
    }

    @Override
    public List<Refusal> check(String key, Map<String, String> values) {
        List<Refusal> refusals = new ArrayList<>();
        if (values == null) {
            return refusals;
        }
        if (!values.get("code").matches("[a-z][a-z0-9_]{0,39}")) {
            refusals.add(new Refusal("code", "inquiry.code", "lower-case letters, digits and '_', e.g. traffic_impact"));
        }
        boolean choice = "CHOICE".equals(values.get("datatype"));
        if (choice && values.get("choices").split("\\|").length < 2) {
            refusals.add(new Refusal("choices", "inquiry.choices", "a CHOICE offers at least two choices"));
        }
        if (!choice && !values.get("choices").isEmpty()) {
            refusals.add(new Refusal("choices", "inquiry.noChoices", "only a CHOICE has choices"));
        }
        return refusals;
    }

    @Override
    public void apply(String key, Map<String, String> v, AppliedRevision revision) {
        String[] parts = key.split(KEY_SEPARATOR, 2);
        IntakeRows.write(em, "DELETE FROM intake_inquiry_element WHERE applies_to = ? AND code = ?", parts[0], parts[1]);
        if (v != null) {
            IntakeRows.write(em, "INSERT INTO intake_inquiry_element (applies_to, code, version, label_zh, label_en, "
                            + "datatype, required, choices, position) VALUES (?, ?, 0, ?, ?, ?, ?, ?, ?)", parts[0], parts[1],
                    v.get("labelZh"), v.get("labelEn"), v.get("datatype"), Boolean.parseBoolean(v.get("required")),
                    v.get("choices"), Integer.parseInt(v.get("position")));
        }
    }
}

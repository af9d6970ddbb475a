package org.linkage110.routing.internal.reference;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.linkage110.intake.Taxonomy;
import org.linkage110.platform.ChangeRefusedException.Refusal;
import org.linkage110.platform.reference.AppliedRevision;
import org.linkage110.platform.reference.ReferenceEntry;
import org.linkage110.platform.reference.ReferenceField;
import org.linkage110.platform.reference.ReferenceField.Choice;
import org.linkage110.platform.reference.ReferenceKind;

/**
 * The responsibility list (权责清单, 000): for a taxonomy item, the department that leads ("whoever
 * is in charge is responsible") and the co-units joint handling adds. The office completes the
 * list towards 000's 79 high-frequency items. A tier-3 unit never leads (003).
 */
@Stateless
public class ResponsibilityKind implements ReferenceKind {

    public static final String NAME = "responsibility";

    @PersistenceContext(unitName = "routing")
    EntityManager em;

    @Inject
    Taxonomy taxonomy;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<ReferenceField> fields() {
        List<Choice> items = taxonomy.entries().stream().filter(e -> !e.isCategory())
                .map(e -> new Choice(e.code(), e.nameZh(), e.nameEn())).toList();
        List<Choice> units = Rows.units(em, null, false);
        return List.of(ReferenceField.keyChoice("itemCode", items),
                ReferenceField.choice("leadUnit", true, Rows.units(em, null, true)),
                ReferenceField.choices("coUnits", units));
    }

    @Override
    public List<ReferenceEntry> entries() {
        return Rows.read(em, "SELECT r.item_code, r.lead_unit_code, (SELECT GROUP_CONCAT(c.unit_code ORDER BY c.unit_code "
                + "SEPARATOR '|') FROM routing_responsibility_co_unit c WHERE c.item_code = r.item_code) "
                + "FROM routing_responsibility r ORDER BY r.item_code").stream()
                .map(r -> new ReferenceEntry((String) r[0], Rows.values("itemCode", r[0], "leadUnit", r[1],
                        "coUnits", r[2]))).toList();
    }

    @Override
    public List<Refusal> check(String key, Map<String, String> values) {
        List<Refusal> refusals = new ArrayList<>();
        if (values == null) {
            return refusals;
        }
        if (taxonomy.entries().stream().noneMatch(e -> e.code().equals(key) && !e.isCategory())) {
            refusals.add(Rows.refusal("itemCode", "responsibility.item", "no active taxonomy item " + key));
        }
        List<String> co = Arrays.asList(values.get("coUnits").split("\\|"));
        if (co.contains(values.get("leadUnit"))) {
            refusals.add(Rows.refusal("coUnits", "responsibility.leadTwice", "the lead unit is not also a co-unit"));
        }
        return refusals;
    }

    @Override
    public void apply(String key, Map<String, String> values, AppliedRevision revision) {
        Rows.write(em, "DELETE FROM routing_responsibility_co_unit WHERE item_code = ?", key);
        if (values == null) {
            Rows.write(em, "DELETE FROM routing_responsibility WHERE item_code = ?", key);
            return;
        }
        if (Rows.write(em, "UPDATE routing_responsibility SET lead_unit_code = ?, version = version + 1 "
                + "WHERE item_code = ?", values.get("leadUnit"), key) == 0) {
            Rows.write(em, "INSERT INTO routing_responsibility (item_code, lead_unit_code, version) VALUES (?, ?, 0)",
                    key, values.get("leadUnit"));
        }
        for (String unit : values.get("coUnits").split("\\|")) {
            if (!unit.isBlank()) {
                Rows.write(em, "INSERT INTO routing_responsibility_co_unit (item_code, unit_code) VALUES (?, ?)", key, unit);
            }
        }
    }
}

package org.linkage110.routing.internal.reference;

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
import org.linkage110.platform.reference.ReferenceKind;

/**
 * The sub-districts' grids (网格) and the address words that place a call in one ("territorial
 * first"). A word names one grid only. Orders already located keep their grid.
 */
@Stateless
public class GridKind implements ReferenceKind {

    public static final String NAME = "grid";

    @PersistenceContext(unitName = "routing")
    EntityManager em;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<ReferenceField> fields() {
        return List.of(ReferenceField.key("gridCode", 50),
                ReferenceField.choice("subDistrict", true, Rows.units(em, "SUB_DISTRICT", false)),
                ReferenceField.text("nameZh", true, 100),
                ReferenceField.list("addressKeywords", 2000));
    }

    @Override
    public List<ReferenceEntry> entries() {
        return Rows.read(em, "SELECT g.grid_code, g.unit_code, g.name_zh, (SELECT GROUP_CONCAT(k.keyword ORDER BY "
                + "k.keyword SEPARATOR '|') FROM routing_grid_keyword k WHERE k.grid_code = g.grid_code) "
                + "FROM routing_grid g ORDER BY g.unit_code, g.grid_code").stream()
                .map(r -> new ReferenceEntry((String) r[0], Rows.values("gridCode", r[0], "subDistrict", r[1],
                        "nameZh", r[2], "addressKeywords", r[3]))).toList();
    }

    @Override
    public List<Refusal> check(String key, Map<String, String> values) {
        List<Refusal> refusals = new ArrayList<>();
        if (values == null) {
            return refusals;
        }
        for (String word : values.get("addressKeywords").split("\\|")) {
            if (word.length() > 50) {
                refusals.add(Rows.refusal("addressKeywords", "grid.keywordLength", "a word of at most 50 characters: "
                        + word));
            }
            Rows.read(em, "SELECT grid_code FROM routing_grid_keyword WHERE keyword = ? AND grid_code <> ?", word, key)
                    .stream().findFirst().ifPresent(other -> refusals.add(Rows.refusal("addressKeywords",
                            "grid.keywordTaken", word + " names grid " + other[0] + " already")));
        }
        return refusals;
    }

    @Override
    public void apply(String key, Map<String, String> values, AppliedRevision revision) {
        Rows.write(em, "DELETE FROM routing_grid_keyword WHERE grid_code = ?", key);
        if (values == null) {
            Rows.write(em, "DELETE FROM routing_grid WHERE grid_code = ?", key);
            return;
        }
        if (Rows.write(em, "UPDATE routing_grid SET unit_code = ?, name_zh = ? WHERE grid_code = ?",
                values.get("subDistrict"), values.get("nameZh"), key) == 0) {
            Rows.write(em, "INSERT INTO routing_grid (grid_code, unit_code, name_zh) VALUES (?, ?, ?)", key,
                    values.get("subDistrict"), values.get("nameZh"));
        }
        for (String word : values.get("addressKeywords").split("\\|")) {
            if (!word.isBlank()) {
                Rows.write(em, "INSERT INTO routing_grid_keyword (keyword, grid_code) VALUES (?, ?)", word, key);
            }
        }
    }
}

package org.linkage110.routing.internal.reference;

import jakarta.persistence.EntityManager;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.linkage110.platform.ChangeRefusedException.Refusal;
import org.linkage110.platform.reference.ReferenceField.Choice;

/** Small helpers the kinds share: native reads, choice lists of units, refusals. */
final class Rows {

    private Rows() {
    }

    @SuppressWarnings("unchecked")
    static List<Object[]> read(EntityManager em, String sql, Object... parameters) {
        var query = em.createNativeQuery(sql);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        return ((List<Object>) query.getResultList()).stream()
                .map(row -> row instanceof Object[] columns ? columns : new Object[] {row}).toList();
    }

    static int write(EntityManager em, String sql, Object... parameters) {
        var query = em.createNativeQuery(sql);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        return query.executeUpdate();
    }

    /** Active units as choices (code, Chinese and English names), optionally only of one kind or tiers 1–2. */
    static List<Choice> units(EntityManager em, String kind, boolean leadersOnly) {
        return read(em, "SELECT code, name_zh, name_en FROM routing_linkage_unit WHERE active = TRUE"
                        + (kind == null ? "" : " AND kind = '" + kind + "'") + (leadersOnly ? " AND tier < 3" : "")
                        + " ORDER BY tier, code").stream()
                .map(r -> new Choice((String) r[0], (String) r[1], (String) r[2])).toList();
    }

    static Map<String, String> values(Object... namesAndValues) {
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            values.put((String) namesAndValues[i], namesAndValues[i + 1] == null ? "" : String.valueOf(namesAndValues[i + 1]));
        }
        return values;
    }

    static Refusal refusal(String field, String code, String message) {
        return new Refusal(field, code, message);
    }

    static boolean bool(Object value) {
        return value instanceof Boolean b ? b : ((Number) value).intValue() != 0;
    }
}

package org.linkage110.intake.internal.reference;

import jakarta.persistence.EntityManager;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Native reads and writes the intake kinds share. */
final class IntakeRows {

    private IntakeRows() {
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

    static Map<String, String> values(Object... namesAndValues) {
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            values.put((String) namesAndValues[i], namesAndValues[i + 1] == null ? "" : String.valueOf(namesAndValues[i + 1]));
        }
        return values;
    }

    static boolean bool(Object value) {
        return value instanceof Boolean b ? b : ((Number) value).intValue() != 0;
    }
}

package org.linkage110.supervision.internal;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The statements on the fact tables: the orders' head rows (the lock that puts the changes of one
 * order in a row), the orders' own fact rows, and the daily facts, which are only ever moved by
 * adding to a row in the database ({@code c = c + ?} under its row lock) or, by a rebuild that holds
 * the day's rows, set outright. Every method joins the caller's transaction.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class FactTables {

    private static final int CHUNK = 500;
    private static final String DAILY = "supervision_daily_fact";
    private static final String UNITS = "supervision_daily_unit_fact";
    private static final String KEY_COLUMNS = "day, unit_code, tier, sub_district, category";
    private static final String UNIT_KEY_COLUMNS = "day, unit_code, tier";
    private static final String COUNTS = String.join(", ", FactCounts.COLUMNS);

    @PersistenceContext(unitName = "supervision")
    EntityManager em;

    @Inject
    Clock clock;

    /**
     * Locks the head rows of these orders (made when missing), in id order. Taken before anything
     * of the orders is read, so that whoever holds them reads what was committed before.
     */
    public void lockHeads(Collection<Long> incidentIds) {
        List<Long> ids = new ArrayList<>(incidentIds);
        Collections.sort(ids);
        LocalDateTime now = now();
        for (int at = 0; at < ids.size(); at += CHUNK) {
            List<Long> some = ids.subList(at, Math.min(ids.size(), at + CHUNK));
            var insert = em.createNativeQuery("INSERT INTO supervision_order_fact_head (incident_id, applied_at) VALUES "
                    + String.join(", ", Collections.nCopies(some.size(), "(?, ?)"))
                    + " ON DUPLICATE KEY UPDATE applied_at = VALUES(applied_at)");
            for (int i = 0; i < some.size(); i++) {
                insert.setParameter(2 * i + 1, some.get(i)).setParameter(2 * i + 2, now);
            }
            insert.executeUpdate();
        }
    }

    /** The fact rows stored for these orders. */
    public Map<Long, Map<FactKey, FactCounts>> orderRows(Collection<Long> incidentIds) {
        Map<Long, Map<FactKey, FactCounts>> rows = new HashMap<>();
        List<Long> ids = List.copyOf(incidentIds);
        for (int at = 0; at < ids.size(); at += CHUNK) {
            List<Long> some = ids.subList(at, Math.min(ids.size(), at + CHUNK));
            var select = em.createNativeQuery("SELECT incident_id, " + KEY_COLUMNS + ", " + COUNTS
                    + " FROM supervision_order_fact WHERE incident_id IN ("
                    + String.join(", ", Collections.nCopies(some.size(), "?")) + ")");
            for (int i = 0; i < some.size(); i++) {
                select.setParameter(i + 1, some.get(i));
            }
            collect(select.getResultList(), rows);
        }
        return rows;
    }

    /** The fact rows stored for the orders of a day. */
    public Map<Long, Map<FactKey, FactCounts>> orderRowsOf(LocalDate day) {
        Map<Long, Map<FactKey, FactCounts>> rows = new HashMap<>();
        collect(em.createNativeQuery("SELECT incident_id, " + KEY_COLUMNS + ", " + COUNTS
                + " FROM supervision_order_fact WHERE day = ?").setParameter(1, day).getResultList(), rows);
        return rows;
    }

    /** Replaces an order's fact rows {@code before} by {@code after}, row by row (its head is locked). */
    public void writeOrder(long incidentId, Map<FactKey, FactCounts> before, Map<FactKey, FactCounts> after) {
        Map<String, FactKey> kept = new HashMap<>();
        after.keySet().forEach(key -> kept.put(key.unitAndTier(), key));
        for (FactKey old : before.keySet()) {
            if (!kept.containsKey(old.unitAndTier())) {
                em.createNativeQuery("DELETE FROM supervision_order_fact WHERE incident_id = ? AND unit_code = ? "
                        + "AND tier = ?").setParameter(1, incidentId).setParameter(2, old.unit())
                        .setParameter(3, old.tier()).executeUpdate();
            }
        }
        after.forEach((key, counts) -> {
            if (!counts.equals(before.get(key))) {
                List<Object> keyValues = new ArrayList<>(List.of(incidentId));
                keyValues.addAll(keyOf(key));
                upsert("supervision_order_fact", "incident_id, " + KEY_COLUMNS, keyValues, counts,
                        "day = VALUES(day), sub_district = VALUES(sub_district), category = VALUES(category), "
                                + setTo(), false);
            }
        });
    }

    /**
     * Adds each delta to its daily row and to its unit's row of the day (made when missing), in key
     * order, the daily rows first; rows left all zero are removed.
     */
    public void addToDaily(Map<FactKey, FactCounts> delta) {
        Map<FactKey, FactCounts> perUnit = new TreeMap<>();
        for (Map.Entry<FactKey, FactCounts> move : new TreeMap<>(delta).entrySet()) {
            add(DAILY, KEY_COLUMNS, keyOf(move.getKey()), move.getValue());
            perUnit.computeIfAbsent(unitKey(move.getKey()), k -> new FactCounts()).addAll(move.getValue());
        }
        perUnit.forEach((key, counts) -> {
            if (!counts.isZero()) {
                add(UNITS, UNIT_KEY_COLUMNS, unitKeyOf(key), counts);
            }
        });
    }

    private void add(String table, String keyColumns, List<Object> keyValues, FactCounts counts) {
        upsert(table, keyColumns, keyValues, counts, String.join(", ", FactCounts.COLUMNS.stream()
                .map(c -> c + " = " + c + " + VALUES(" + c + ")").toList()) + ", refreshed_at = VALUES(refreshed_at)", true);
        if (java.util.Arrays.stream(counts.values()).anyMatch(v -> v < 0)) {
            deleteIfZero(table, keyColumns, keyValues);
        }
    }

    /** The daily rows of a day, locked (and the day's gaps: no row of it can be added meanwhile). */
    public Map<FactKey, FactCounts> dailyForUpdate(LocalDate day) {
        Map<FactKey, FactCounts> rows = new TreeMap<>();
        for (Object row : em.createNativeQuery("SELECT " + KEY_COLUMNS + ", " + COUNTS
                + " FROM supervision_daily_fact WHERE day = ? FOR UPDATE").setParameter(1, day).getResultList()) {
            Object[] r = (Object[]) row;
            rows.put(key(r, 0), FactCounts.of(r, 5));
        }
        return rows;
    }

    /** Sets a daily row outright (the rebuild, which holds the day's rows); zero counts remove it. */
    public void setDaily(FactKey key, FactCounts counts) {
        set(DAILY, KEY_COLUMNS, keyOf(key), counts);
    }

    /**
     * Sums the unit rows of a day again from its daily rows (the rebuild, which holds them): the unit
     * rows (keyed without sub-district and category) that differed, and how.
     */
    public Map<FactKey, String> sumUnitsAgain(LocalDate day) {
        Map<FactKey, FactCounts> stored = unitRows("SELECT day, unit_code, tier, " + COUNTS + " FROM " + UNITS
                + " WHERE day = ? FOR UPDATE", day);
        Map<FactKey, FactCounts> summed = unitRows("SELECT day, unit_code, tier, " + String.join(", ",
                FactCounts.COLUMNS.stream().map(c -> "SUM(" + c + ")").toList()) + " FROM " + DAILY
                + " WHERE day = ? GROUP BY day, unit_code, tier", day);
        Map<FactKey, String> differing = new TreeMap<>();
        java.util.Set<FactKey> keys = new java.util.TreeSet<>(stored.keySet());
        keys.addAll(summed.keySet());
        for (FactKey key : keys) {
            FactCounts was = stored.getOrDefault(key, new FactCounts());
            FactCounts is = summed.getOrDefault(key, new FactCounts());
            if (!was.equals(is)) {
                differing.put(key, is.differencesFrom(was));
                set(UNITS, UNIT_KEY_COLUMNS, unitKeyOf(key), is);
            }
        }
        return differing;
    }

    private Map<FactKey, FactCounts> unitRows(String select, LocalDate day) {
        Map<FactKey, FactCounts> rows = new TreeMap<>();
        for (Object row : em.createNativeQuery(select).setParameter(1, day).getResultList()) {
            Object[] r = (Object[]) row;
            rows.put(new FactKey(day(r[0]), (String) r[1], ((Number) r[2]).intValue(), "", ""), FactCounts.of(r, 3));
        }
        return rows;
    }

    private void set(String table, String keyColumns, List<Object> keyValues, FactCounts counts) {
        if (counts.isZero()) {
            var delete = em.createNativeQuery("DELETE FROM " + table + " WHERE " + matching(keyColumns));
            bind(delete, keyValues);
            delete.executeUpdate();
        } else {
            upsert(table, keyColumns, keyValues, counts, setTo() + ", refreshed_at = VALUES(refreshed_at)", true);
        }
    }

    private void deleteIfZero(String table, String keyColumns, List<Object> keyValues) {
        var delete = em.createNativeQuery("DELETE FROM " + table + " WHERE " + matching(keyColumns) + " AND "
                + String.join(" AND ", FactCounts.COLUMNS.stream().map(c -> c + " = 0").toList()));
        bind(delete, keyValues);
        delete.executeUpdate();
    }

    private void upsert(String table, String keyColumns, List<Object> keyValues, FactCounts counts, String onDuplicate,
                        boolean stamped) {
        int marks = keyValues.size() + FactCounts.COLUMNS.size() + (stamped ? 1 : 0);
        var insert = em.createNativeQuery("INSERT INTO " + table + " (" + keyColumns + ", " + COUNTS
                + (stamped ? ", refreshed_at" : "") + ") VALUES (" + String.join(", ", Collections.nCopies(marks, "?"))
                + ") ON DUPLICATE KEY UPDATE " + onDuplicate);
        int p = bind(insert, keyValues);
        for (long value : counts.values()) {
            insert.setParameter(p++, value);
        }
        if (stamped) {
            insert.setParameter(p, now());
        }
        insert.executeUpdate();
    }

    /** Binds these values from the first parameter on: the next parameter's position. */
    private static int bind(jakarta.persistence.Query query, List<Object> values) {
        int p = 1;
        for (Object value : values) {
            query.setParameter(p++, value);
        }
        return p;
    }

    private static String matching(String keyColumns) {
        return String.join(" AND ", java.util.Arrays.stream(keyColumns.split(", ")).map(c -> c + " = ?").toList());
    }

    private static List<Object> keyOf(FactKey key) {
        return List.of(key.day(), key.unit(), key.tier(), key.subDistrict(), key.category());
    }

    private static List<Object> unitKeyOf(FactKey key) {
        return List.of(key.day(), key.unit(), key.tier());
    }

    private static FactKey unitKey(FactKey key) {
        return new FactKey(key.day(), key.unit(), key.tier(), "", "");
    }

    private static String setTo() {
        return String.join(", ", FactCounts.COLUMNS.stream().map(c -> c + " = VALUES(" + c + ")").toList());
    }

    private static void collect(List<?> result, Map<Long, Map<FactKey, FactCounts>> rows) {
        for (Object row : result) {
            Object[] r = (Object[]) row;
            rows.computeIfAbsent(((Number) r[0]).longValue(), id -> new TreeMap<>()).put(key(r, 1), FactCounts.of(r, 6));
        }
    }

    private static FactKey key(Object[] r, int at) {
        return new FactKey(day(r[at]), (String) r[at + 1], ((Number) r[at + 2]).intValue(), (String) r[at + 3],
                (String) r[at + 4]);
    }

    static LocalDate day(Object value) {
        return value instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) value;
    }

    private LocalDateTime now() {
        return LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    }
}

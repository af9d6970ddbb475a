package org.linkage110.supervision.internal;

import java.util.List;

/** The counters of one daily fact row (or of a sum of them), in the table's column order. */
public final class FactCounts {

    /** The counter columns of {@code supervision_daily_fact}, in order. */
    public static final List<String> COLUMNS = List.of("received", "diverted", "closed", "sent_to_police", "repeats",
            "dispatched", "signed", "signed_on_time", "fed_back", "returned", "callbacks_done", "satisfaction_answers",
            "satisfied", "complaints", "unresolved", "sign_due", "sign_on_time", "contact_due", "contact_on_time",
            "arrive_due", "arrive_on_time", "report_due", "report_on_time", "result_due", "result_on_time");

    private final long[] values = new long[COLUMNS.size()];

    public void add(String column, long amount) {
        int index = COLUMNS.indexOf(column);
        if (index < 0) {
            throw new IllegalArgumentException("no counter " + column);
        }
        values[index] += amount;
    }

    public long get(String column) {
        return values[COLUMNS.indexOf(column)];
    }

    public long[] values() {
        return values.clone();
    }

    /** Whether every counter is zero. */
    public boolean isZero() {
        return java.util.Arrays.stream(values).allMatch(v -> v == 0);
    }

    /** These counts less {@code other}'s, counter by counter. */
    public FactCounts minus(FactCounts other) {
        FactCounts difference = new FactCounts();
        for (int i = 0; i < values.length; i++) {
            difference.values[i] = values[i] - other.values[i];
        }
        return difference;
    }

    /** Adds {@code other}'s counters to these. */
    public void addAll(FactCounts other) {
        for (int i = 0; i < values.length; i++) {
            values[i] += other.values[i];
        }
    }

    /** The counters that differ from {@code other}'s, as "name stored→recomputed", for a report. */
    public String differencesFrom(FactCounts other) {
        java.util.StringJoiner joined = new java.util.StringJoiner(", ");
        for (int i = 0; i < values.length; i++) {
            if (values[i] != other.values[i]) {
                joined.add(COLUMNS.get(i) + " " + other.values[i] + "→" + values[i]);
            }
        }
        return joined.toString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FactCounts other && java.util.Arrays.equals(values, other.values);
    }

    @Override
    public int hashCode() {
        return java.util.Arrays.hashCode(values);
    }

    public static FactCounts of(Object[] row, int offset) {
        FactCounts counts = new FactCounts();
        for (int i = 0; i < COLUMNS.size(); i++) {
            Object v = row[offset + i];
            counts.values[i] = v == null ? 0 : ((Number) v).longValue();
        }
        return counts;
    }
}

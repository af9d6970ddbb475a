package org.linkage110.supervision.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A level of the escalation ladder: after how long an order still open reaches it, its code and
 * name, and who is told: the town (the order's sub-district, or its lead unit) or the office.
 */
public record LadderLevel(Duration after, String code, String name, Recipient recipient) {

    public enum Recipient {
        TOWN, OFFICE
    }

    public LadderLevel {
        Objects.requireNonNull(after, "after");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(recipient, "recipient");
    }

    /** Parses {@code after;code;name;recipient,...}; the levels must come in increasing order. */
    public static List<LadderLevel> parse(String config) {
        List<LadderLevel> levels = new ArrayList<>();
        for (String entry : config.split(",")) {
            String[] parts = entry.strip().split(";");
            if (parts.length != 4) {
                throw new IllegalArgumentException("a ladder level is after;code;name;recipient: " + entry);
            }
            LadderLevel level = new LadderLevel(Duration.parse(parts[0].strip()), parts[1].strip(), parts[2].strip(),
                    Recipient.valueOf(parts[3].strip()));
            if (!levels.isEmpty() && level.after().compareTo(levels.get(levels.size() - 1).after()) <= 0) {
                throw new IllegalArgumentException("ladder levels must come later one after another: " + entry);
            }
            levels.add(level);
        }
        return List.copyOf(levels);
    }
}

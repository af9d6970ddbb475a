package org.linkage110.domain.event;

import java.time.Instant;
import java.util.Objects;

/**
 * Supervision raised a notification for a unit (its code), an agency's channel or the office
 * ({@code OFFICE}): a deadline warning, an overdue mark, an instrument, an escalation… {@code kind}
 * is supervision's stable name of it; {@code key} is unique per notification. Fired inside the
 * raising transaction.
 */
public record UnitNotified(String recipient, String kind, Long incidentId, Long subjectId, String text,
                           Instant raisedAt, String key) implements java.io.Serializable {

    public UnitNotified {
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(raisedAt, "raisedAt");
        Objects.requireNonNull(key, "key");
    }
}

package org.linkage110.platform;

import java.util.Objects;

/**
 * What a state-changing use case did to one subject: the action (a stable dotted name such as
 * {@code intake.incident.recorded}), the subject, and its state before and after as JSON.
 */
public record AuditedChange(String action, String subjectType, String subjectId, String before, String after) implements java.io.Serializable {

    public AuditedChange {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(subjectType, "subjectType");
        Objects.requireNonNull(subjectId, "subjectId");
    }

    public static AuditedChange created(String action, String subjectType, Object subjectId, String after) {
        return new AuditedChange(action, subjectType, String.valueOf(subjectId), null, after);
    }
}

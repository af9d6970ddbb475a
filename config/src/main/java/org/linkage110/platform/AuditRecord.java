package org.linkage110.platform;

import java.time.Instant;

/** One entry of the audit trail as read back: who did what, when, to which subject. */
public record AuditRecord(long sequence, Instant at, String actor, String action,
                          String subjectType, String subjectId, String before, String after) implements java.io.Serializable {
}

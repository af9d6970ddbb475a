package org.linkage110.platform.reference;

import java.time.Instant;

/** A kept change: which entry, before and after (JSON; after null for a removal), why, who, when, and its status. */
public record ReferenceRevisionView(long id, String kind, String key, String before, String after, String reason,
                                    String changedBy, Instant changedAt, Instant effectiveFrom, String status,
                                    Instant appliedAt, String failure) implements java.io.Serializable {
}

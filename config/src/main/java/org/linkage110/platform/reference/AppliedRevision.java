package org.linkage110.platform.reference;

import java.time.Instant;

/** The change being applied: from when it takes effect, who made it and why. */
public record AppliedRevision(long id, Instant effectiveFrom, String changedBy, String reason) implements java.io.Serializable {
}

package org.linkage110.routing;

import java.time.Instant;

/** One saved state of a decision rule: its content as JSON (null once removed), who, when and why. */
public record RuleRevision(String ruleId, int revision, String content, String changedBy, Instant changedAt,
                           String why) implements java.io.Serializable {
}

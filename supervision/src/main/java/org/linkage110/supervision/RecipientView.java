package org.linkage110.supervision;

import java.time.Instant;

/** An addressed unit's acknowledgement and answer, and whether its overdue answer was escalated. */
public record RecipientView(long instrumentId, String unitCode, Instant acknowledgedAt, String acknowledgedBy,
                            String answer, Instant answeredAt, String answeredBy, Instant escalatedAt) {
}

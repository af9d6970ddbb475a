package org.linkage110.supervision;

import java.time.Instant;

/**
 * An addressed unit's acknowledgement and answer, whether its overdue answer was escalated, and its
 * closing (销号): when the office accepted the answer, the reason it last refused one, and whether
 * the closing deadline passed with the unit still open.
 */
public record RecipientView(long instrumentId, String unitCode, Instant acknowledgedAt, String acknowledgedBy,
                            String answer, Instant answeredAt, String answeredBy, Instant escalatedAt,
                            Instant closedAt, String closedBy, String refusal, Instant closeEscalatedAt) implements java.io.Serializable {
}

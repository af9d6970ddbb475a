package org.linkage110.supervision;

import java.time.Instant;

/** A rectification request to a unit, its answer and the office's decision (OPEN, ANSWERED, ACCEPTED). */
public record RectificationView(long id, long version, long incidentId, String unitCode, String request,
                                String requestedBy, Instant requestedAt, Instant dueAt, String status, String answer,
                                String answeredBy, Instant answeredAt, String decisionNote, String decidedBy,
                                Instant decidedAt) implements java.io.Serializable {
}

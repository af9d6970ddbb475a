package org.linkage110.supervision;

import java.time.Instant;

/** A notification to a unit or to the office (recipient {@code OFFICE}). */
public record NotificationView(long id, String recipient, String kind, Long incidentId, Long subjectId, String text,
                               Instant createdAt) implements java.io.Serializable {
}

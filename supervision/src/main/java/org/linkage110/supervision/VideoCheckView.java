package org.linkage110.supervision;

import java.time.Instant;

/** A video spot check of a unit's duty post: who was on duty, the result, and its follow-up. */
public record VideoCheckView(long id, long version, String unitCode, Instant checkedAt, String checkedBy, String onDuty,
                             boolean passed, String notes, String attachmentName, String followUp, Instant followUpDue,
                             Instant followUpDoneAt, String followUpNote) implements java.io.Serializable {
}

package org.linkage110.intake;

import java.time.Instant;

/**
 * A police matter as 12345 and 110 read it: what was forwarded, when feedback is due (emergencies),
 * and 110's feedback once given; {@code late} when it came after the due time, {@code overdueWarnedAt}
 * when the office was warned that the hour had passed without it.
 */
public record PoliceMatterView(long id, String source, String externalNumber, String kind, boolean emergency,
                               Instant receivedAt, Instant feedbackDueAt, String feedback, Instant feedbackAt,
                               boolean late, Instant overdueWarnedAt) implements java.io.Serializable {
}

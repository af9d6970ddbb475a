package org.linkage110.domain.event;

import java.time.Instant;

/**
 * An emergency police matter from 12345 passed its feedback deadline (001: within the hour)
 * without 110's feedback. Fired once per matter, in the watch's transaction.
 */
public record PoliceFeedbackOverdue(long policeMatter, String externalNumber, Instant feedbackDueAt) implements java.io.Serializable {
}

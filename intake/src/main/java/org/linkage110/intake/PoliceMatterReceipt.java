package org.linkage110.intake;

import java.time.Instant;

/** A police matter as recorded: its id, whether this was a redelivery, and when feedback is due. */
public record PoliceMatterReceipt(long id, boolean redelivered, Instant feedbackDueAt) implements java.io.Serializable {
}

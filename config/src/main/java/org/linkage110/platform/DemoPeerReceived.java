package org.linkage110.platform;

import java.time.Instant;

/** A message a demo peer received; {@code duplicate} when its idempotency key had come before. */
public record DemoPeerReceived(long id, String peer, String messageType, String idempotencyKey, boolean duplicate,
                               String receipt, String payload, Instant receivedAt) implements java.io.Serializable {
}

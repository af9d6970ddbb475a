package org.linkage110.platform;

import java.time.Instant;

/**
 * An outbound message as the console shows it. {@code waitingFor} says why a pending message is
 * not attempted (its peer is not configured), null when it is.
 */
public record OutboxEntry(long id, String destination, String messageType, String idempotencyKey, String status,
                          int attempts, String lastError, Instant nextAttemptAt, Instant createdAt,
                          Instant deliveredAt, Instant deadAt, String waitingFor, String payload) implements java.io.Serializable {
}

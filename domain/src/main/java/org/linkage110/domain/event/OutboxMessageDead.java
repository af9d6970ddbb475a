package org.linkage110.domain.event;

import java.util.Objects;

/**
 * The outbox gave up on a message after the configured number of attempts and parked it as dead;
 * supervision warns the office. Fired inside the transaction that parked it.
 */
public record OutboxMessageDead(long messageId, String destination, String messageType, String idempotencyKey,
                                int attempts, String lastError) implements java.io.Serializable {

    public OutboxMessageDead {
        Objects.requireNonNull(destination, "destination");
        Objects.requireNonNull(messageType, "messageType");
    }
}

package org.linkage110.platform.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import org.linkage110.platform.Jsons;

/**
 * A message waiting for, or done with, delivery to another agency's platform or a webhook
 * subscriber. After the configured number of failed attempts it is parked as dead until an
 * administrator retries it.
 */
@Entity
@Table(name = "platform_outbox")
public class OutboxMessage {

    public enum Status {
        PENDING, DELIVERED, DEAD
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(nullable = false, length = 20)
    private String destination;

    @Column(name = "message_type", nullable = false, length = 60)
    private String messageType;

    @Column(name = "idempotency_key", nullable = false, length = 100)
    private String idempotencyKey;

    @Column(nullable = false)
    private String payload;

    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Status status;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "last_error", length = 1000)
    private String lastError;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "delivered_at")
    private Instant deliveredAt;

    @Column(name = "dead_at")
    private Instant deadAt;

    protected OutboxMessage() {
    }

    public OutboxMessage(String destination, String messageType, String idempotencyKey, String payload, Instant now) {
        this.destination = destination;
        this.messageType = messageType;
        this.idempotencyKey = idempotencyKey;
        this.payload = payload;
        this.status = Status.PENDING;
        this.nextAttemptAt = now;
        this.createdAt = now;
    }

    public void delivered(Instant now) {
        requireStatus(Status.PENDING, "deliver");
        status = Status.DELIVERED;
        attempts++;
        deliveredAt = now;
        lastError = null;
    }

    /**
     * A failed attempt: try again after a delay that doubles each time, up to {@code max}; after
     * {@code maxAttempts} attempts the message is dead. True when this attempt made it dead.
     */
    public boolean failed(String error, Instant now, Duration base, Duration max, int maxAttempts) {
        requireStatus(Status.PENDING, "fail");
        attempts++;
        lastError = error.length() > 1000 ? error.substring(0, 1000) : error;
        if (attempts >= maxAttempts) {
            status = Status.DEAD;
            deadAt = now;
            return true;
        }
        Duration delay = base.multipliedBy(1L << Math.min(attempts - 1, 20));
        nextAttemptAt = now.plus(delay.compareTo(max) > 0 ? max : delay);
        return false;
    }

    /** There is nowhere to send it any more (its webhook subscription was disabled): dead at once. */
    public void abandon(String reason, Instant now) {
        requireStatus(Status.PENDING, "abandon");
        lastError = reason;
        status = Status.DEAD;
        deadAt = now;
    }

    /** A dead message is tried again now, with a fresh count of attempts. */
    public void retry(Instant now) {
        requireStatus(Status.DEAD, "retry");
        status = Status.PENDING;
        attempts = 0;
        nextAttemptAt = now;
        deadAt = null;
    }

    /** A delivered message is sent again now, under the same idempotency key (the peer decides). */
    public void resend(Instant now) {
        requireStatus(Status.DELIVERED, "re-send");
        status = Status.PENDING;
        attempts = 0;
        nextAttemptAt = now;
        deliveredAt = null;
    }

    private void requireStatus(Status required, String what) {
        if (status != required) {
            throw new IllegalStateException("cannot " + what + " a " + status + " message");
        }
    }

    public Status status() {
        return status;
    }

    public String lastError() {
        return lastError;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant deliveredAt() {
        return deliveredAt;
    }

    public Instant deadAt() {
        return deadAt;
    }

    public long id() {
        return id;
    }

    public String destination() {
        return destination;
    }

    public String messageType() {
        return messageType;
    }

    public String idempotencyKey() {
        return idempotencyKey;
    }

    public String payload() {
        return payload;
    }

    public int attempts() {
        return attempts;
    }

    public Instant nextAttemptAt() {
        return nextAttemptAt;
    }

    public String toJson() {
        return org.linkage110.platform.Jsons.createObjectBuilder()
                .add("destination", destination).add("type", messageType).add("key", idempotencyKey)
                .add("status", status.name()).add("attempts", attempts)
                .add("nextAttemptAt", nextAttemptAt.toString())
                .add("lastError", lastError == null ? "" : lastError)
                .build().toString();
    }
}

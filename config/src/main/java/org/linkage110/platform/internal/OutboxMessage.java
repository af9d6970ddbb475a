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

/** A message waiting for, or done with, delivery to another agency's platform. */
@Entity
@Table(name = "platform_outbox")
public class OutboxMessage {

    public enum Status {
        PENDING, DELIVERED
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
        status = Status.DELIVERED;
        attempts++;
        deliveredAt = now;
        lastError = null;
    }

    /** A failed attempt: try again after a delay that doubles each time, up to {@code max}. */
    public void failed(String error, Instant now, Duration base, Duration max) {
        attempts++;
        Duration delay = base.multipliedBy(1L << Math.min(attempts - 1, 20));
        nextAttemptAt = now.plus(delay.compareTo(max) > 0 ? max : delay);
        lastError = error.length() > 1000 ? error.substring(0, 1000) : error;
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
        return jakarta.json.Json.createObjectBuilder()
                .add("destination", destination).add("type", messageType).add("key", idempotencyKey)
                .add("status", status.name()).add("attempts", attempts)
                .add("nextAttemptAt", nextAttemptAt.toString())
                .add("lastError", lastError == null ? "" : lastError)
                .build().toString();
    }
}

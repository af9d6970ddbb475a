package org.linkage110.platform.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One link of the audit chain: the event it seals, its place in the chain, the hash of the seal
 * before it and the event's hash over that ({@link AuditEvent#hashAfter}). Written once by the
 * sealer, never updated (the table refuses UPDATE and DELETE).
 */
@Entity
@Table(name = "platform_audit_seal")
public class AuditSeal {

    @Id
    private Long seq;

    @Column(name = "event_id", nullable = false, updatable = false)
    private long eventId;

    @Column(name = "prev_hash", nullable = false, updatable = false, length = 64)
    private String previousHash;

    @Column(name = "row_hash", nullable = false, updatable = false, length = 64)
    private String hash;

    @Column(name = "sealed_at", nullable = false, updatable = false)
    private Instant sealedAt;

    protected AuditSeal() {
    }

    AuditSeal(long seq, long eventId, String previousHash, String hash, Instant sealedAt) {
        this.seq = seq;
        this.eventId = eventId;
        this.previousHash = previousHash;
        this.hash = hash;
        this.sealedAt = AuditHash.asStored(sealedAt);
    }

    public long seq() {
        return seq;
    }

    public long eventId() {
        return eventId;
    }

    public String previousHash() {
        return previousHash;
    }

    public String hash() {
        return hash;
    }
}

package org.linkage110.platform.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * The one row that says where the audit chain ends: the last seal's place and hash. Only the
 * sealer locks it ({@code SELECT ... FOR UPDATE}), in a short transaction of its own, so seals join
 * the chain one at a time whatever the number of servers. The chain starts at {@link #startSeq()}:
 * events numbered below it were written before the chain existed and are not part of it; every
 * event numbered from it on belongs in the chain.
 */
@Entity
@Table(name = "platform_audit_chain")
public class AuditChainHead {

    public static final int THE_CHAIN = 1;

    @Id
    private Integer id;

    @Column(name = "start_seq", nullable = false, updatable = false)
    private long startSeq;

    @Column(name = "last_seq", nullable = false)
    private long lastSeq;

    @Column(name = "last_hash", nullable = false, length = 64)
    private String lastHash;

    protected AuditChainHead() {
    }

    /** The event's seal, linked to the last one; the head moves on to it. */
    public AuditSeal seal(AuditEvent event, Instant sealedAt) {
        AuditSeal seal = new AuditSeal(lastSeq + 1, event.id(), lastHash, event.hashAfter(lastHash), sealedAt);
        lastSeq = seal.seq();
        lastHash = seal.hash();
        return seal;
    }

    public long startSeq() {
        return startSeq;
    }

    public long lastSeq() {
        return lastSeq;
    }

    public String lastHash() {
        return lastHash;
    }
}

package org.linkage110.platform.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.linkage110.platform.AuditedChange;

/**
 * The one row that says where the audit chain ends. Every audited transaction locks it
 * ({@code SELECT ... FOR UPDATE}) before it appends, so events join the chain one at a time, in
 * the order of their ids, whatever the number of writers. Events before {@link #startId()} were
 * written before the chain existed and are not part of it.
 */
@Entity
@Table(name = "platform_audit_chain")
public class AuditChainHead {

    public static final int THE_CHAIN = 1;

    @Id
    private Integer id;

    @Column(name = "start_id", nullable = false, updatable = false)
    private long startId;

    @Column(name = "last_id", nullable = false)
    private long lastId;

    @Column(name = "last_hash", nullable = false, length = 64)
    private String lastHash;

    protected AuditChainHead() {
    }

    /** The next event of the chain, linked to the last one; the head moves on to it. */
    public AuditEvent append(Instant occurredAt, String actor, AuditedChange change) {
        AuditEvent event = new AuditEvent(lastId + 1, lastHash, AuditHash.asStored(occurredAt), actor, change);
        lastId = event.id();
        lastHash = event.hash();
        return event;
    }

    public long startId() {
        return startId;
    }

    public long lastId() {
        return lastId;
    }

    public String lastHash() {
        return lastHash;
    }
}

package org.linkage110.platform.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import org.linkage110.platform.AuditRecord;
import org.linkage110.platform.AuditedChange;

/**
 * A row of the append-only audit trail. Written once, never updated. Its id is given by the chain
 * head ({@link AuditChainHead#append}), and it carries the hash of the event before it and its own
 * ({@link AuditHash}); rows older than the chain have neither.
 */
@Entity
@Table(name = "platform_audit_event")
@NamedQuery(name = AuditEvent.BY_SUBJECT,
        query = "select e from AuditEvent e where e.subjectType = :type and e.subjectId = :id order by e.id")
public class AuditEvent {

    public static final String BY_SUBJECT = "AuditEvent.bySubject";

    @Id
    private Long id;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(nullable = false, updatable = false, length = 100)
    private String actor;

    @Column(nullable = false, updatable = false, length = 100)
    private String action;

    @Column(name = "subject_type", nullable = false, updatable = false, length = 60)
    private String subjectType;

    @Column(name = "subject_id", nullable = false, updatable = false, length = 100)
    private String subjectId;

    @Lob
    @Column(name = "state_before", updatable = false)
    private String before;

    @Lob
    @Column(name = "state_after", updatable = false)
    private String after;

    @Column(name = "prev_hash", updatable = false, length = 64)
    private String previousHash;

    @Column(name = "row_hash", updatable = false, length = 64)
    private String hash;

    protected AuditEvent() {
    }

    AuditEvent(long id, String previousHash, Instant occurredAt, String actor, AuditedChange change) {
        this.id = id;
        this.previousHash = previousHash;
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.action = change.action();
        this.subjectType = change.subjectType();
        this.subjectId = change.subjectId();
        this.before = change.before();
        this.after = change.after();
        this.hash = recomputedHash();
    }

    public long id() {
        return id;
    }

    /** The hash of the event before this one, as written with it (null before the chain began). */
    public String previousHash() {
        return previousHash;
    }

    /** This event's hash as written with it. */
    public String hash() {
        return hash;
    }

    /** The hash this event's fields give now, linked to the previous hash it names. */
    public String recomputedHash() {
        return AuditHash.link(previousHash == null ? "" : previousHash, id, occurredAt, actor, action,
                subjectType, subjectId, before, after);
    }

    public AuditRecord toRecord() {
        return new AuditRecord(id, occurredAt, actor, action, subjectType, subjectId, before, after);
    }
}

package org.linkage110.platform.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import org.linkage110.platform.AuditRecord;
import org.linkage110.platform.AuditedChange;

/**
 * A row of the append-only audit trail. Written once, never updated, numbered by the database as it
 * is written. It joins the hash chain after its transaction has committed, when {@link AuditSealer}
 * seals it ({@link AuditSeal}); its hash ({@link #hashAfter}) covers its id and every field.
 */
@Entity
@Table(name = "platform_audit_event")
@NamedQuery(name = AuditEvent.BY_SUBJECT,
        query = "select e from AuditEvent e where e.subjectType = :type and e.subjectId = :id order by e.id")
public class AuditEvent {

    public static final String BY_SUBJECT = "AuditEvent.bySubject";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
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

    protected AuditEvent() {
    }

    public AuditEvent(Instant occurredAt, String actor, AuditedChange change) {
        this.occurredAt = AuditHash.asStored(occurredAt);
        this.actor = actor;
        this.action = change.action();
        this.subjectType = change.subjectType();
        this.subjectId = change.subjectId();
        this.before = change.before();
        this.after = change.after();
    }

    /** An event as read back with its id (for checks of the chain). */
    AuditEvent(long id, Instant occurredAt, String actor, AuditedChange change) {
        this(occurredAt, actor, change);
        this.id = id;
    }

    public long id() {
        return id;
    }

    /** This event's link of the chain: its hash when sealed after the one whose hash is given. */
    public String hashAfter(String previousHash) {
        return AuditHash.link(previousHash, id, occurredAt, actor, action, subjectType, subjectId, before, after);
    }

    public AuditRecord toRecord() {
        return new AuditRecord(id, occurredAt, actor, action, subjectType, subjectId, before, after);
    }
}

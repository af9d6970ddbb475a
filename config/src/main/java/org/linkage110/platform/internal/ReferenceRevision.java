package org.linkage110.platform.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import org.linkage110.platform.reference.AppliedRevision;
import org.linkage110.platform.reference.ReferenceRevisionView;

/** A change of reference data as kept: pending until its moment, then applied (or failed), never edited otherwise. */
@Entity
@Table(name = "platform_reference_revision")
@NamedQuery(name = ReferenceRevision.OF_ENTRY, query = "select r from ReferenceRevision r "
        + "where r.kind = :kind and r.entryKey = :key order by r.id desc")
@NamedQuery(name = ReferenceRevision.OF_KIND, query = "select r from ReferenceRevision r "
        + "where r.kind = :kind order by r.id desc")
@NamedQuery(name = ReferenceRevision.DUE, query = "select r from ReferenceRevision r "
        + "where r.status = 'PENDING' and r.effectiveFrom <= :now order by r.effectiveFrom, r.id")
@NamedQuery(name = ReferenceRevision.PENDING, query = "select r from ReferenceRevision r "
        + "where r.status = 'PENDING' order by r.effectiveFrom, r.id")
public class ReferenceRevision {

    public static final String OF_ENTRY = "ReferenceRevision.ofEntry";
    public static final String OF_KIND = "ReferenceRevision.ofKind";
    public static final String DUE = "ReferenceRevision.due";
    public static final String PENDING = "ReferenceRevision.pending";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 40)
    private String kind;

    @Column(name = "entry_key", nullable = false, length = 120)
    private String entryKey;

    @Column(name = "state_before")
    private String before;

    @Column(name = "state_after")
    private String after;

    @Column(nullable = false, length = 500)
    private String reason;

    @Column(name = "changed_by", nullable = false, length = 100)
    private String changedBy;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    @Column(name = "effective_from", nullable = false)
    private Instant effectiveFrom;

    @Column(nullable = false, length = 10)
    private String status;

    @Column(name = "applied_at")
    private Instant appliedAt;

    @Column(length = 1000)
    private String failure;

    protected ReferenceRevision() {
    }

    public ReferenceRevision(String kind, String entryKey, String before, String after, String reason,
                             String changedBy, Instant changedAt, Instant effectiveFrom) {
        this.kind = kind;
        this.entryKey = entryKey;
        this.before = before;
        this.after = after;
        this.reason = reason;
        this.changedBy = changedBy;
        this.changedAt = changedAt;
        this.effectiveFrom = effectiveFrom;
        this.status = "PENDING";
    }

    public long id() {
        return id;
    }

    public String kind() {
        return kind;
    }

    public String entryKey() {
        return entryKey;
    }

    public String after() {
        return after;
    }

    public boolean due(Instant now) {
        return !effectiveFrom.isAfter(now);
    }

    /** Took effect; {@code actualBefore} is the entry as it was at that moment. */
    public void applied(String actualBefore, Instant at) {
        before = actualBefore;
        status = "APPLIED";
        appliedAt = at;
    }

    public void failed(String why, Instant at) {
        status = "FAILED";
        appliedAt = at;
        failure = why.length() > 1000 ? why.substring(0, 1000) : why;
    }

    public AppliedRevision asApplied() {
        return new AppliedRevision(id, effectiveFrom, changedBy, reason);
    }

    public ReferenceRevisionView toView() {
        return new ReferenceRevisionView(id, kind, entryKey, before, after, reason, changedBy, changedAt, effectiveFrom,
                status, appliedAt, failure);
    }
}

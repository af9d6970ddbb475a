package org.linkage110.supervision.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.linkage110.platform.Jsons;
import org.linkage110.supervision.RectificationView;

/** A request to a unit to put right what a sample review found, until the office accepts its answer. */
@Entity
@Table(name = "supervision_rectification")
@NamedQuery(name = Rectification.OF_UNIT,
        query = "select r from Rectification r where r.unitCode = :unit order by r.requestedAt desc")
@NamedQuery(name = Rectification.OPEN, query = "select r from Rectification r where r.status <> 'ACCEPTED' "
        + "order by r.requestedAt")
public class Rectification {

    public static final String OF_UNIT = "Rectification.ofUnit";
    public static final String OPEN = "Rectification.open";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "sample_item_id", nullable = false)
    private long sampleItemId;

    @Column(name = "incident_id", nullable = false)
    private long incidentId;

    @Column(name = "unit_code", nullable = false, length = 40)
    private String unitCode;

    @Column(nullable = false, length = 2000)
    private String request;

    @Column(name = "requested_by", nullable = false, length = 100)
    private String requestedBy;

    @Column(name = "requested_at", nullable = false)
    private Instant requestedAt;

    @Column(name = "due_at", nullable = false)
    private Instant dueAt;

    @Column(nullable = false, length = 10)
    private String status;

    @Column(length = 2000)
    private String answer;

    @Column(name = "answered_by", length = 100)
    private String answeredBy;

    @Column(name = "answered_at")
    private Instant answeredAt;

    @Column(name = "decision_note", length = 1000)
    private String decisionNote;

    @Column(name = "decided_by", length = 100)
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    protected Rectification() {
    }

    public Rectification(long sampleItemId, long incidentId, String unitCode, String request, String by, Instant at,
                         Instant dueAt) {
        this.sampleItemId = sampleItemId;
        this.incidentId = incidentId;
        this.unitCode = unitCode;
        this.request = request;
        this.requestedBy = by;
        this.requestedAt = at;
        this.dueAt = dueAt;
        this.status = "OPEN";
    }

    public long id() {
        return id;
    }

    public long version() {
        return version;
    }

    public String unitCode() {
        return unitCode;
    }

    public String status() {
        return status;
    }

    public void answer(String text, String by, Instant at) {
        answer = text;
        answeredBy = by;
        answeredAt = at;
        status = "ANSWERED";
    }

    /** Accepted: done. Not accepted: open again, with the office's note. */
    public void decide(boolean accept, String note, String by, Instant at) {
        decisionNote = note;
        decidedBy = by;
        decidedAt = at;
        status = accept ? "ACCEPTED" : "OPEN";
    }

    public RectificationView toView() {
        return new RectificationView(id, version, incidentId, unitCode, request, requestedBy, requestedAt, dueAt,
                status, answer, answeredBy, answeredAt, decisionNote, decidedBy, decidedAt);
    }

    public String toJson() {
        var json = Jsons.createObjectBuilder().add("order", incidentId).add("unit", unitCode).add("status", status)
                .add("request", request);
        if (answer != null) {
            json.add("text", answer);
        }
        if (decisionNote != null) {
            json.add("decisionNote", decisionNote);
        }
        return json.build().toString();
    }
}

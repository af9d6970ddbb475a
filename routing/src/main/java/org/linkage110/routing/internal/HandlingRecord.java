package org.linkage110.routing.internal;

import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.linkage110.platform.Jsons;
import org.linkage110.routing.HandlingRecordView;
import org.linkage110.routing.HandlingRecordView.Decision;
import org.linkage110.routing.HandlingRecordView.Kind;
import org.linkage110.routing.IllegalMoveException;

/** Something a unit put on record while handling; requests wait for the office's decision. */
@Entity
@Table(name = "routing_instruction_record")
@NamedQuery(name = HandlingRecord.OF_INSTRUCTIONS,
        query = "select r from HandlingRecord r where r.instructionId in :ids order by r.recordedAt, r.id")
@NamedQuery(name = HandlingRecord.PENDING,
        query = "select r from HandlingRecord r where r.kind in :kinds and r.decision is null "
                + "and (r.kind <> org.linkage110.routing.HandlingRecordView.Kind.EXTENSION or r.signedOffAt is not null) "
                + "order by r.recordedAt")
@NamedQuery(name = HandlingRecord.AWAITING_SIGN_OFF, query = "select r from HandlingRecord r, Instruction i "
        + "where i.id = r.instructionId and i.unitCode = :unit and r.decision is null and r.signedOffAt is null "
        + "and r.kind = org.linkage110.routing.HandlingRecordView.Kind.EXTENSION order by r.recordedAt")
public class HandlingRecord {

    public static final String OF_INSTRUCTIONS = "HandlingRecord.ofInstructions";
    public static final String PENDING = "HandlingRecord.pending";
    public static final String AWAITING_SIGN_OFF = "HandlingRecord.awaitingSignOff";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "instruction_id", nullable = false)
    private long instructionId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Kind kind;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @Column(name = "recorded_by", nullable = false, length = 100)
    private String recordedBy;

    @Column(nullable = false, columnDefinition = "TEXT")
    private String text;

    @Column(name = "head_name", length = 100)
    private String headName;

    @Column(name = "requested_due")
    private Instant requestedDue;

    @Column(length = 500)
    private String units;

    @Column(name = "signed_off_by", length = 100)
    private String signedOffBy;

    @Column(name = "signed_off_at")
    private Instant signedOffAt;

    @Enumerated(EnumType.STRING)
    @Column(length = 10)
    private Decision decision;

    @Column(name = "decided_by", length = 100)
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "decision_note", columnDefinition = "TEXT")
    private String decisionNote;

    protected HandlingRecord() {
    }

    HandlingRecord(long instructionId, Kind kind, Instant at, String by, String text, String headName,
                   Instant requestedDue, List<String> units) {
        this.instructionId = instructionId;
        this.kind = kind;
        this.recordedAt = at;
        this.recordedBy = by;
        this.text = text;
        this.headName = headName;
        this.requestedDue = requestedDue;
        this.units = units.isEmpty() ? null : String.join(",", units);
    }

    /**
     * The unit's head signs the extension request off (003: progress and reason signed off by the
     * unit's head before the office sees it); {@code headName} is whom the office reads as signer.
     */
    void signedOff(String by, String head, Instant at) {
        if (kind != Kind.EXTENSION || signedOffAt != null || decision != null) {
            throw IllegalMoveException.illegal("only an extension request waiting for its head is signed off");
        }
        signedOffBy = by;
        headName = head;
        signedOffAt = at;
    }

    boolean awaitingSignOff() {
        return kind == Kind.EXTENSION && signedOffAt == null && decision == null;
    }

    void decide(boolean accept, String by, Instant at, String note) {
        if (decision != null) {
            throw IllegalMoveException.illegal("this request was decided already: " + decision);
        }
        decision = accept ? Decision.ACCEPTED : Decision.REFUSED;
        decidedBy = by;
        decidedAt = at;
        decisionNote = note;
    }

    public long id() {
        return id;
    }

    public long instructionId() {
        return instructionId;
    }

    public Kind kind() {
        return kind;
    }

    public Instant requestedDue() {
        return requestedDue;
    }

    public List<String> unitList() {
        return units == null ? List.of() : Arrays.asList(units.split(","));
    }

    public HandlingRecordView toView() {
        return new HandlingRecordView(id, instructionId, kind, recordedAt, recordedBy, text, headName, signedOffBy,
                signedOffAt, requestedDue, unitList(), decision, decidedBy, decidedAt, decisionNote);
    }

    public String toJson() {
        JsonObjectBuilder json = Jsons.createObjectBuilder()
                .add("instruction", instructionId)
                .add("kind", kind.name())
                .add("text", text);
        if (headName != null) {
            json.add("headName", headName);
        }
        if (signedOffBy != null) {
            json.add("signedOffBy", signedOffBy);
        }
        if (requestedDue != null) {
            json.add("requestedDue", requestedDue.toString());
        }
        if (units != null) {
            json.add("units", units);
        }
        if (decision != null) {
            json.add("decision", decision.name()).add("decidedBy", decidedBy);
            if (decisionNote != null) {
                json.add("decisionNote", decisionNote);
            }
        }
        return json.build().toString();
    }
}

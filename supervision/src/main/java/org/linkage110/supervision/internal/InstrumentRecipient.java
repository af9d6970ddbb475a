package org.linkage110.supervision.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import org.linkage110.platform.Jsons;
import org.linkage110.supervision.RecipientView;

/** A unit an instrument is addressed to: whether it acknowledged and what it answered. */
@Entity
@Table(name = "supervision_instrument_recipient")
@IdClass(InstrumentRecipient.Key.class)
@NamedQuery(name = InstrumentRecipient.OF_INSTRUMENTS,
        query = "select r from InstrumentRecipient r where r.instrumentId in :ids order by r.unitCode")
@NamedQuery(name = InstrumentRecipient.OF_UNIT,
        query = "select r from InstrumentRecipient r where r.unitCode = :unit")
@NamedQuery(name = InstrumentRecipient.OVERDUE, query = "select r from InstrumentRecipient r, Instrument i "
        + "where i.id = r.instrumentId and r.answeredAt is null and r.escalatedAt is null and i.answerDue < :now")
@NamedQuery(name = InstrumentRecipient.CLOSING_OVERDUE, query = "select r from InstrumentRecipient r, Instrument i "
        + "where i.id = r.instrumentId and r.closedAt is null and r.closeEscalatedAt is null and i.closeDue < :now")
@NamedQuery(name = InstrumentRecipient.NOT_CLOSED_PAST, query = "select distinct r.instrumentId from "
        + "InstrumentRecipient r, Instrument i where i.id = r.instrumentId and r.closedAt is null and i.closeDue < :now")
public class InstrumentRecipient {

    public static final String OF_INSTRUMENTS = "InstrumentRecipient.ofInstruments";
    public static final String OF_UNIT = "InstrumentRecipient.ofUnit";
    public static final String OVERDUE = "InstrumentRecipient.overdue";
    public static final String CLOSING_OVERDUE = "InstrumentRecipient.closingOverdue";
    public static final String NOT_CLOSED_PAST = "InstrumentRecipient.notClosedPast";

    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;

        public long instrumentId;
        public String unitCode;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.instrumentId == instrumentId && Objects.equals(k.unitCode, unitCode);
        }

        @Override
        public int hashCode() {
            return Objects.hash(instrumentId, unitCode);
        }
    }

    @Id
    @Column(name = "instrument_id")
    private long instrumentId;

    @Id
    @Column(name = "unit_code", length = 40)
    private String unitCode;

    @Version
    private long version;

    @Column(name = "acknowledged_at")
    private Instant acknowledgedAt;

    @Column(name = "acknowledged_by", length = 100)
    private String acknowledgedBy;

    @Column(columnDefinition = "TEXT")
    private String answer;

    @Column(name = "answered_at")
    private Instant answeredAt;

    @Column(name = "answered_by", length = 100)
    private String answeredBy;

    @Column(name = "escalated_at")
    private Instant escalatedAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "closed_by", length = 100)
    private String closedBy;

    @Column(columnDefinition = "TEXT")
    private String refusal;

    @Column(name = "close_escalated_at")
    private Instant closeEscalatedAt;

    protected InstrumentRecipient() {
    }

    public InstrumentRecipient(long instrumentId, String unitCode) {
        this.instrumentId = instrumentId;
        this.unitCode = unitCode;
    }

    public long instrumentId() {
        return instrumentId;
    }

    public String unitCode() {
        return unitCode;
    }

    boolean acknowledged() {
        return acknowledgedAt != null;
    }

    boolean answered() {
        return answeredAt != null;
    }

    boolean closed() {
        return closedAt != null;
    }

    /** The office accepted the answer: the unit's part of the instrument is closed (销号). */
    void close(String by, Instant at) {
        closedAt = at;
        closedBy = by;
    }

    /** The office refused the answer: the unit answers again, told why. */
    void refuse(String reason) {
        refusal = reason;
        answer = null;
        answeredAt = null;
        answeredBy = null;
    }

    public void closeEscalated(Instant at) {
        closeEscalatedAt = at;
    }

    public void acknowledge(String by, Instant at) {
        acknowledgedAt = at;
        acknowledgedBy = by;
    }

    public void answer(String text, String by, Instant at) {
        if (acknowledgedAt == null) {
            acknowledge(by, at);
        }
        answer = text;
        answeredAt = at;
        answeredBy = by;
    }

    public void escalated(Instant at) {
        escalatedAt = at;
    }

    public RecipientView toView() {
        return new RecipientView(instrumentId, unitCode, acknowledgedAt, acknowledgedBy, answer, answeredAt, answeredBy,
                escalatedAt, closedAt, closedBy, refusal, closeEscalatedAt);
    }

    public String toJson() {
        var json = Jsons.createObjectBuilder().add("instrument", instrumentId).add("unit", unitCode);
        if (acknowledgedAt != null) {
            json.add("acknowledgedBy", acknowledgedBy);
        }
        if (answer != null) {
            json.add("text", answer).add("answeredBy", answeredBy);
        }
        if (escalatedAt != null) {
            json.add("escalatedAt", escalatedAt.toString());
        }
        if (closedAt != null) {
            json.add("closedBy", closedBy).add("closedAt", closedAt.toString());
        }
        if (refusal != null) {
            json.add("refusal", refusal);
        }
        if (closeEscalatedAt != null) {
            json.add("closeEscalatedAt", closeEscalatedAt.toString());
        }
        return json.build().toString();
    }
}

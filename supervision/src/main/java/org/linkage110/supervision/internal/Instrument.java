package org.linkage110.supervision.internal;

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
import java.util.List;
import org.linkage110.platform.Jsons;
import org.linkage110.supervision.InstrumentKind;
import org.linkage110.supervision.InstrumentView;
import org.linkage110.supervision.RecipientView;

/** A warning notice, supervision order or bulletin of the office, numbered per kind and year. */
@Entity
@Table(name = "supervision_instrument")
@NamedQuery(name = Instrument.LATEST, query = "select i from Instrument i order by i.issuedAt desc, i.id desc")
@NamedQuery(name = Instrument.BY_IDS, query = "select i from Instrument i where i.id in :ids order by i.issuedAt desc")
public class Instrument {

    public static final String LATEST = "Instrument.latest";
    public static final String BY_IDS = "Instrument.byIds";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private InstrumentKind kind;

    private int year;

    private int number;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(nullable = false, columnDefinition = "TEXT")
    private String body;

    @Column(name = "incident_id")
    private Long incidentId;

    @Column(name = "issued_by", nullable = false, length = 100)
    private String issuedBy;

    @Column(name = "issued_at", nullable = false)
    private Instant issuedAt;

    @Column(name = "answer_due", nullable = false)
    private Instant answerDue;

    @Column(name = "close_due")
    private Instant closeDue;

    protected Instrument() {
    }

    public Instrument(InstrumentKind kind, int year, int number, String title, String body, Long incidentId, String issuedBy,
               Instant issuedAt, Instant answerDue, Instant closeDue) {
        this.kind = kind;
        this.year = year;
        this.number = number;
        this.title = title;
        this.body = body;
        this.incidentId = incidentId;
        this.issuedBy = issuedBy;
        this.issuedAt = issuedAt;
        this.answerDue = answerDue;
        this.closeDue = closeDue;
    }

    public Instant closeDue() {
        return closeDue;
    }

    public long id() {
        return id;
    }

    public InstrumentKind kind() {
        return kind;
    }

    /** The document number as printed, e.g. 督办〔2026〕12号. */
    public String label() {
        return kind.prefix() + "〔" + year + "〕" + number + "号";
    }

    public Long incidentId() {
        return incidentId;
    }

    public String title() {
        return title;
    }

    public String body() {
        return body;
    }

    public Instant issuedAt() {
        return issuedAt;
    }

    public Instant answerDue() {
        return answerDue;
    }

    public String issuedBy() {
        return issuedBy;
    }

    public InstrumentView toView(List<RecipientView> recipients) {
        return new InstrumentView(id, kind, label(), title, body, incidentId, issuedBy, issuedAt, answerDue, closeDue,
                !recipients.isEmpty() && recipients.stream().allMatch(r -> r.closedAt() != null), recipients);
    }

    public String toJson() {
        return Jsons.createObjectBuilder().add("kind", kind.name()).add("label", label()).add("title", title)
                .add("answerDue", answerDue.toString()).add("closeDue", String.valueOf(closeDue)).build().toString();
    }
}

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
import org.linkage110.platform.Jsons;
import org.linkage110.supervision.CallbackView;
import org.linkage110.supervision.CallbackView.Resolution;
import org.linkage110.supervision.CallbackView.Satisfaction;
import org.linkage110.supervision.CallbackView.Status;

/** A callback recheck (电话回访复检) of a closed order. */
@Entity
@Table(name = "supervision_callback")
@NamedQuery(name = Callback.QUEUED, query = "select c from Callback c where c.status = :status order by c.queuedAt, c.id")
@NamedQuery(name = Callback.FLAGGED, query = "select c from Callback c where c.flaggedForSampling = true "
        + "and c.sampledIn is null order by c.incidentId")
@NamedQuery(name = Callback.OF_ORDER, query = "select c from Callback c where c.incidentId = :order order by c.id")
public class Callback {

    public static final String QUEUED = "Callback.queued";
    public static final String OF_ORDER = "Callback.ofOrder";
    public static final String FLAGGED = "Callback.flagged";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "incident_id", nullable = false)
    private long incidentId;

    @Column(name = "instruction_id", nullable = false)
    private long instructionId;

    @Column(name = "unit_code", nullable = false, length = 40)
    private String unitCode;

    @Column(name = "item_code", length = 6)
    private String itemCode;

    @Column(name = "result_round")
    private int resultRound;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Status status;

    private int attempts;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private Resolution resolution;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private Satisfaction satisfaction;

    @Column(length = 1000)
    private String comment;

    @Column(name = "queued_at", nullable = false)
    private Instant queuedAt;

    @Column(name = "done_at")
    private Instant doneAt;

    @Column(name = "done_by", length = 100)
    private String doneBy;

    @Column(name = "flagged_for_sampling")
    private boolean flaggedForSampling;

    @Column(name = "sampled_in")
    private Long sampledIn;

    protected Callback() {
    }

    Callback(long incidentId, long instructionId, String unitCode, String itemCode, int resultRound, Instant at) {
        this.incidentId = incidentId;
        this.instructionId = instructionId;
        this.unitCode = unitCode;
        this.itemCode = itemCode;
        this.resultRound = resultRound;
        this.status = Status.QUEUED;
        this.queuedAt = at;
    }

    public long id() {
        return id;
    }

    public long version() {
        return version;
    }

    public long incidentId() {
        return incidentId;
    }

    public String unitCode() {
        return unitCode;
    }

    public String itemCode() {
        return itemCode;
    }

    public void sampledIn(long sampleId) {
        this.sampledIn = sampleId;
    }

    public long instructionId() {
        return instructionId;
    }

    public Status status() {
        return status;
    }

    /** A call that did not reach the callee; unreached for good after {@code maxAttempts}. */
    public void unreached(int maxAttempts, String by, Instant at) {
        attempts++;
        if (attempts >= maxAttempts) {
            status = Status.UNREACHED;
            doneAt = at;
            doneBy = by;
        }
    }

    public void answered(Resolution resolution, Satisfaction satisfaction, String comment, String by, Instant at) {
        attempts++;
        this.resolution = resolution;
        this.satisfaction = satisfaction;
        this.comment = comment;
        this.status = Status.DONE;
        this.doneAt = at;
        this.doneBy = by;
        this.flaggedForSampling = resolution != Resolution.RESOLVED;
    }

    public CallbackView toView() {
        return new CallbackView(id, version, incidentId, instructionId, unitCode, itemCode, resultRound, status, attempts,
                resolution, satisfaction, comment, queuedAt, doneAt, doneBy, flaggedForSampling, null, null);
    }

    public String toJson() {
        var json = Jsons.createObjectBuilder().add("order", incidentId).add("unit", unitCode).add("status", status.name())
                .add("attempts", attempts);
        if (resolution != null) {
            json.add("resolution", resolution.name());
        }
        if (satisfaction != null) {
            json.add("satisfaction", satisfaction.name());
        }
        if (comment != null) {
            json.add("text", comment);
        }
        return json.build().toString();
    }
}

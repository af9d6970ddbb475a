package org.linkage110.intake.internal;

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
import java.io.StringReader;
import java.time.Instant;
import java.util.List;
import org.linkage110.domain.IncidentSource;
import org.linkage110.intake.IncidentFlags;
import org.linkage110.intake.IncidentStatus;
import org.linkage110.intake.IncidentSummary;
import org.linkage110.intake.NewIncident;
import org.linkage110.platform.Jsons;

/**
 * An incident (警情) as intake received it: an order of its own, or a repeat call linked to an
 * open order about the same problem.
 */
@Entity
@Table(name = "intake_incident")
@NamedQuery(name = Incident.BY_EXTERNAL_NUMBER,
        query = "select i from Incident i where i.source = :source and i.externalNumber = :number")
@NamedQuery(name = Incident.REPEATS_OF, query = "select i from Incident i where i.repeatOf = :order order by i.receivedAt")
@NamedQuery(name = Incident.OPEN_AT_PLACE, query = Incident.OPEN_OF_CATEGORY + " and i.placeKey = :match" + Incident.NEWEST)
@NamedQuery(name = Incident.OPEN_IN_GRID, query = Incident.OPEN_OF_CATEGORY + " and i.gridCode = :match" + Incident.NEWEST)
@NamedQuery(name = Incident.OPEN_BY_CALLER, query = Incident.OPEN_OF_CATEGORY + " and i.callerPhone = :match" + Incident.NEWEST)
public class Incident {

    static final String BY_EXTERNAL_NUMBER = "Incident.byExternalNumber";
    static final String REPEATS_OF = "Incident.repeatsOf";
    /** The open orders a new call may repeat (IncidentRepository.openOrderRepeatedBy), one way of matching each. */
    static final String OPEN_AT_PLACE = "Incident.openAtPlace";
    static final String OPEN_IN_GRID = "Incident.openInGrid";
    static final String OPEN_BY_CALLER = "Incident.openByCaller";
    // a real call is never absorbed by a drill: drills stay out of the repeat search
    static final String OPEN_OF_CATEGORY = "select i from Incident i where i.status = :open and i.categoryCode = :category"
            + " and i.receivedAt >= :since and not exists (select d from DrillMarker d where d.incidentId = i.id)";
    static final String NEWEST = " order by i.receivedAt desc, i.id desc";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private IncidentSource source;

    @Column(name = "external_number", length = 64)
    private String externalNumber;

    @Column(name = "received_at", nullable = false)
    private Instant receivedAt;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    /** When the order last asked for attention: received, or the latest repeat call. */
    @Column(name = "queue_at", nullable = false)
    private Instant queueAt;

    @Column(name = "caller_name", length = 100)
    private String callerName;

    @Column(name = "caller_phone", length = 20)
    private String callerPhone;

    @Column(nullable = false, length = 500)
    private String address;

    @Column(name = "place_key", nullable = false, length = 500)
    private String placeKey;

    @Column(name = "grid_code", length = 50)
    private String gridCode;

    @Column(name = "sub_district", length = 40)
    private String subDistrict;

    @Column(nullable = false, length = 4000)
    private String description;

    @Column(name = "category_code", length = 6)
    private String categoryCode;

    @Column(name = "category_suggested", nullable = false)
    private boolean categorySuggested;

    @Column(name = "on_scene_dispute", nullable = false)
    private boolean onSceneDispute;

    @Column(name = "threat_to_safety", nullable = false)
    private boolean threatToSafety;

    @Column(name = "utilities_hazard", nullable = false)
    private boolean utilitiesHazard;

    @Column(name = "needs_police_first", nullable = false)
    private boolean needsPoliceFirst;

    @Column(name = "inquiry_answers", nullable = false, length = 20000)
    private String inquiryAnswers;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private IncidentStatus status;

    @Column(name = "repeat_of")
    private Long repeatOf;

    @Column(name = "repeat_count", nullable = false)
    private int repeatCount;

    /** Computed by the database: orders from the 110 platform come first in the queue. */
    @Column(insertable = false, updatable = false)
    private boolean pinned;

    /** Computed by the database: the category of the item, for the queue's category filter. */
    @Column(name = "category_root", insertable = false, updatable = false, length = 3)
    private String categoryRoot;

    protected Incident() {
    }

    /** A new order, or (with {@code order}) a repeat call linked to that open order. */
    public static Incident receive(NewIncident in, String categoryCode, boolean categorySuggested, Instant now, Incident order) {
        Incident incident = new Incident();
        incident.source = in.source();
        incident.externalNumber = in.externalNumber();
        incident.receivedAt = in.receivedAt();
        incident.recordedAt = now;
        incident.queueAt = in.receivedAt();
        incident.callerName = in.callerName();
        incident.callerPhone = in.callerPhone();
        incident.address = in.address();
        incident.placeKey = PlaceKey.of(in.address());
        incident.gridCode = in.gridCode();
        incident.description = in.description();
        incident.categoryCode = categoryCode;
        incident.categorySuggested = categorySuggested;
        incident.onSceneDispute = in.flags().onSceneDispute();
        incident.threatToSafety = in.flags().threatToSafety();
        incident.utilitiesHazard = in.flags().utilitiesHazard();
        incident.needsPoliceFirst = in.flags().needsPoliceFirst();
        incident.inquiryAnswers = InquiryAnswers.toJson(in.inquiryAnswers());
        if (order == null) {
            incident.status = IncidentStatus.OPEN;
        } else {
            incident.status = IncidentStatus.REPEAT;
            incident.repeatOf = order.id;
        }
        return incident;
    }

    /** Counts a repeat call and brings the order back to the top of its queue group. */
    void countRepeat(Instant callReceivedAt) {
        if (status != IncidentStatus.OPEN) {
            throw new IllegalStateException("only an open order takes repeat calls");
        }
        repeatCount++;
        if (callReceivedAt.isAfter(queueAt)) {
            queueAt = callReceivedAt;
        }
    }

    /** The order was handled and its result reported back: it takes no more repeat calls. */
    public void close() {
        if (status == IncidentStatus.REPEAT) {
            throw new IllegalStateException("a repeat call is not an order");
        }
        status = IncidentStatus.CLOSED;
    }

    /** Handling starts again (a failed callback): repeat calls link to it again. */
    public void reopen() {
        if (status == IncidentStatus.REPEAT) {
            throw new IllegalStateException("a repeat call is not an order");
        }
        status = IncidentStatus.OPEN;
    }

    /** The sender's area, as territorial assignment found it from the address. */
    public void locate(String gridCode, String subDistrict) {
        if (this.gridCode == null) {
            this.gridCode = gridCode;
        }
        this.subDistrict = subDistrict;
    }

    public long id() {
        return id;
    }

    public long orderId() {
        return repeatOf == null ? id : repeatOf;
    }

    public IncidentSource source() {
        return source;
    }

    public Instant receivedAt() {
        return receivedAt;
    }

    public IncidentStatus status() {
        return status;
    }

    public int repeatCount() {
        return repeatCount;
    }

    public String categoryCode() {
        return categoryCode;
    }

    public boolean categorySuggested() {
        return categorySuggested;
    }

    public String address() {
        return address;
    }

    public String gridCode() {
        return gridCode;
    }

    /** What the office's search looks in. */
    String searchableText() {
        return String.join(" ", description, address, callerName == null ? "" : callerName,
                externalNumber == null ? "" : externalNumber);
    }

    public IncidentSummary toSummary() {
        return new IncidentSummary(id, orderId(), source, externalNumber, receivedAt, callerName, callerPhone, address,
                gridCode, subDistrict, description, categoryCode, categorySuggested,
                new IncidentFlags(onSceneDispute, threatToSafety, utilitiesHazard, needsPoliceFirst),
                InquiryAnswers.fromJson(inquiryAnswers), status, repeatCount, recordedAt);
    }

    /** The state recorded in the audit trail. */
    public String toJson() {
        JsonObjectBuilder json = Jsons.createObjectBuilder()
                .add("id", id)
                .add("source", source.name())
                .add("status", status.name())
                .add("receivedAt", receivedAt.toString())
                .add("address", address)
                .add("description", description)
                .add("categorySuggested", categorySuggested)
                .add("repeatCount", repeatCount)
                .add("flags", Jsons.createObjectBuilder()
                        .add("onSceneDispute", onSceneDispute).add("threatToSafety", threatToSafety)
                        .add("utilitiesHazard", utilitiesHazard).add("needsPoliceFirst", needsPoliceFirst))
                .add("inquiryAnswers", Jsons.createReader(new StringReader(inquiryAnswers)).readObject());
        addIfPresent(json, "externalNumber", externalNumber);
        addIfPresent(json, "callerName", callerName);
        addIfPresent(json, "callerPhone", callerPhone);
        addIfPresent(json, "categoryCode", categoryCode);
        addIfPresent(json, "gridCode", gridCode);
        addIfPresent(json, "subDistrict", subDistrict);
        if (repeatOf != null) {
            json.add("repeatOf", repeatOf);
        }
        return json.build().toString();
    }

    private static void addIfPresent(JsonObjectBuilder json, String name, String value) {
        if (value != null) {
            json.add(name, value);
        }
    }
}

package org.linkage110.intake.internal;

import jakarta.json.Json;
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
import org.linkage110.domain.IncidentSource;
import org.linkage110.intake.IncidentSummary;
import org.linkage110.intake.NewIncident;

/** An incident (警情) as intake received it. */
@Entity
@Table(name = "intake_incident")
@NamedQuery(name = Incident.NEWEST_FIRST, query = "select i from Incident i order by i.receivedAt desc, i.id desc")
@NamedQuery(name = Incident.COUNT, query = "select count(i) from Incident i")
public class Incident {

    static final String NEWEST_FIRST = "Incident.newestFirst";
    static final String COUNT = "Incident.count";

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

    @Column(name = "caller_name", length = 100)
    private String callerName;

    @Column(name = "caller_phone", length = 20)
    private String callerPhone;

    @Column(nullable = false, length = 500)
    private String address;

    @Column(nullable = false, length = 4000)
    private String description;

    @Column(name = "category_code", length = 6)
    private String categoryCode;

    protected Incident() {
    }

    public static Incident from(NewIncident in, Instant now) {
        Incident incident = new Incident();
        incident.source = in.source();
        incident.externalNumber = in.externalNumber();
        incident.receivedAt = in.receivedAt();
        incident.recordedAt = now;
        incident.callerName = in.callerName();
        incident.callerPhone = in.callerPhone();
        incident.address = in.address();
        incident.description = in.description();
        incident.categoryCode = in.categoryCode();
        return incident;
    }

    public long id() {
        return id;
    }

    public IncidentSource source() {
        return source;
    }

    public Instant receivedAt() {
        return receivedAt;
    }

    public IncidentSummary toSummary() {
        return new IncidentSummary(id, source, externalNumber, receivedAt, callerName, callerPhone, address,
                description, categoryCode, recordedAt);
    }

    /** The state recorded in the audit trail. */
    public String toJson() {
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("id", id)
                .add("source", source.name())
                .add("receivedAt", receivedAt.toString())
                .add("address", address)
                .add("description", description);
        addIfPresent(json, "externalNumber", externalNumber);
        addIfPresent(json, "callerName", callerName);
        addIfPresent(json, "callerPhone", callerPhone);
        addIfPresent(json, "categoryCode", categoryCode);
        return json.build().toString();
    }

    private static void addIfPresent(JsonObjectBuilder json, String name, String value) {
        if (value != null) {
            json.add(name, value);
        }
    }
}

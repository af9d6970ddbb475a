package org.linkage110.intake.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** Marks an incident as a simulated alert (模拟报警临检). Kept apart so no incident read reveals it. */
@Entity
@Table(name = "intake_drill")
public class DrillMarker {

    @Id
    @Column(name = "incident_id")
    private long incidentId;

    @Column(name = "planned_by", nullable = false, length = 100)
    private String plannedBy;

    @Column(nullable = false, length = 500)
    private String scenario;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected DrillMarker() {
    }

    DrillMarker(long incidentId, String plannedBy, String scenario, Instant createdAt) {
        this.incidentId = incidentId;
        this.plannedBy = plannedBy;
        this.scenario = scenario;
        this.createdAt = createdAt;
    }

    public String scenario() {
        return scenario;
    }
}

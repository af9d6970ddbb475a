package org.linkage110.routing.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The mark of an order that is a simulated alert; read only to keep it from the outbox. */
@Entity
@Table(name = "routing_drill")
public class DrillOrder {

    @Id
    @Column(name = "incident_id")
    private long incidentId;

    @Column(name = "marked_at", nullable = false)
    private Instant markedAt;

    protected DrillOrder() {
    }

    DrillOrder(long incidentId, Instant markedAt) {
        this.incidentId = incidentId;
        this.markedAt = markedAt;
    }
}

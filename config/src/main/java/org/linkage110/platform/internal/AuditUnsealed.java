package org.linkage110.platform.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * An event written and not yet sealed: written in the transaction of the event, so that an event
 * that commits is sealed, and one that rolls back leaves nothing to seal. The sealer takes it away
 * in the transaction that seals the event.
 */
@Entity
@Table(name = "platform_audit_unsealed")
public class AuditUnsealed {

    @Id
    @Column(name = "event_id")
    private Long eventId;

    protected AuditUnsealed() {
    }

    public AuditUnsealed(long eventId) {
        this.eventId = eventId;
    }
}

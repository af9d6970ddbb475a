package org.linkage110.domain.event;

import java.util.Objects;
import org.linkage110.domain.IncidentId;

/**
 * Something an order's figures are made of changed in this transaction: the order itself, one of
 * its instructions or their stages (routing), its repeat calls (intake), its callbacks
 * (supervision). Supervision observes it after commit and recomputes that order's daily facts, so
 * a figure follows its orders within the request that moved them. Fired once or more per order
 * and transaction; observers must be idempotent.
 */
public record OrderChanged(IncidentId incident) implements java.io.Serializable {

    public OrderChanged {
        Objects.requireNonNull(incident, "incident");
    }

    public static OrderChanged of(long incidentId) {
        return new OrderChanged(new IncidentId(incidentId));
    }
}

package org.linkage110.domain.event;

import java.time.Instant;
import java.util.Objects;
import org.linkage110.domain.IncidentId;

/**
 * The office reopened an order (a failed callback): the unit's instruction is handled again, with a
 * new result deadline. Supervision tells the unit; the webhooks tell the unit's system.
 */
public record OrderReopened(IncidentId incident, long instruction, String unitCode, String reason, Instant resultDue,
                            Instant reopenedAt) implements java.io.Serializable {

    public OrderReopened {
        Objects.requireNonNull(incident, "incident");
        Objects.requireNonNull(unitCode, "unitCode");
        Objects.requireNonNull(reopenedAt, "reopenedAt");
    }
}

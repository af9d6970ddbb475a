package org.linkage110.domain.event;

import java.time.Instant;
import java.util.Objects;
import org.linkage110.domain.IncidentId;

/** The office reopened an order (a failed callback): the unit handles it again, with a new result deadline. */
public record OrderReopened(IncidentId incident, long instruction, String unitCode, String reason, Instant resultDue) {

    public OrderReopened {
        Objects.requireNonNull(incident, "incident");
        Objects.requireNonNull(unitCode, "unitCode");
    }
}

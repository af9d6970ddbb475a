package org.linkage110.domain.event;

import java.time.Instant;
import java.util.Objects;
import org.linkage110.domain.IncidentId;

/**
 * Routing closed an order: its result was confirmed and reported back. Supervision queues it for
 * a callback. {@code leadInstruction} is the instruction a failed callback reopens.
 */
public record OrderClosed(IncidentId incident, long leadInstruction, String leadUnit, String itemCode,
                          Instant closedAt, int resultRound) implements java.io.Serializable {

    public OrderClosed {
        Objects.requireNonNull(incident, "incident");
        Objects.requireNonNull(closedAt, "closedAt");
    }
}

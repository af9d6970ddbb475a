package org.linkage110.domain.event;

import java.time.Instant;
import java.util.Objects;
import org.linkage110.domain.IncidentId;

/**
 * Routing sent an instruction to a unit (lead or co-unit). Fired inside the dispatching
 * transaction, so an observer that writes (a webhook into the outbox) commits or rolls back with it.
 */
public record InstructionDispatched(long instructionId, IncidentId incident, String unitCode, String role,
                                    String level, String channel, Instant dispatchedAt) implements java.io.Serializable {

    public InstructionDispatched {
        Objects.requireNonNull(incident, "incident");
        Objects.requireNonNull(unitCode, "unitCode");
        Objects.requireNonNull(dispatchedAt, "dispatchedAt");
    }
}

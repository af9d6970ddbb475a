package org.linkage110.domain.event;

import java.time.Instant;
import java.util.Objects;
import org.linkage110.domain.IncidentId;

/** Handling of an instruction starts again (a failed callback reopened its order), inside that transaction. */
public record InstructionReopened(long instructionId, IncidentId incident, String unitCode, String reason,
                                  Instant reopenedAt) {

    public InstructionReopened {
        Objects.requireNonNull(incident, "incident");
        Objects.requireNonNull(unitCode, "unitCode");
        Objects.requireNonNull(reopenedAt, "reopenedAt");
    }
}

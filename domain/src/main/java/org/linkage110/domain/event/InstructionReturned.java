package org.linkage110.domain.event;

import java.util.Objects;
import org.linkage110.domain.IncidentId;

/**
 * A unit sent its instruction back (退单) with its reason. {@code lead} tells whether the order now
 * waits for the office's reassessment; a co-unit's return leaves the others working. Supervision
 * tells the office.
 */
public record InstructionReturned(IncidentId incident, long instruction, String unitCode, boolean lead, String reason) implements java.io.Serializable {

    public InstructionReturned {
        Objects.requireNonNull(incident, "incident");
        Objects.requireNonNull(unitCode, "unitCode");
    }
}

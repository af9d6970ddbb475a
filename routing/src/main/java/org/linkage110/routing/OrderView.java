package org.linkage110.routing;

import java.time.Instant;
import java.util.List;
import org.linkage110.domain.DispatchMode;
import org.linkage110.domain.HandlingClass;
import org.linkage110.domain.IncidentSource;
import org.linkage110.domain.InstructionLevel;

/**
 * An order as the office sees it in routing: what was proposed (by which rule, and why, on which
 * flags, and whether it looks like police business), what was decided (and why it differs, when it
 * was overridden; why a suspected police matter was dispatched anyway).
 */
public record OrderView(long incidentId, long version, OrderStatus status, IncidentSource source, Instant receivedAt,
                        String address, String subDistrict, String itemCode, Assessment proposal, String proposedLead,
                        List<String> proposedCoUnits, HandlingClass handlingClass, InstructionLevel level,
                        DispatchMode dispatchMode, String leadUnit, List<String> coUnits, boolean overridden,
                        String overrideReason, String assessedBy, Instant assessedAt, List<String> returnedBy,
                        String lastReturnReason, String policeDispatchReason) implements java.io.Serializable {
}

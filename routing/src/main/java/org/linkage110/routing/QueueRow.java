package org.linkage110.routing;

import java.time.Instant;
import org.linkage110.domain.IncidentSource;
import org.linkage110.domain.InstructionLevel;

/**
 * One order of the office's queue: what and where, its state, its urgency (the decided level, or
 * the proposed one before assessment) and the next deadline of its instructions still open.
 */
public record QueueRow(long incidentId, IncidentSource source, Instant receivedAt, String address, String subDistrict,
                       String description, String itemCode, OrderStatus status, InstructionLevel urgency,
                       Instant nextDue, boolean pinned) implements java.io.Serializable {
}

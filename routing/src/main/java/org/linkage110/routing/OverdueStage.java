package org.linkage110.routing;

import java.time.Instant;
import org.linkage110.domain.calendar.Stage;

/**
 * A stage of an instruction still in hand whose deadline has passed: which order and unit, the
 * unit's tier on the instruction, the order's item and sub-district, and since when it is due.
 */
public record OverdueStage(long incidentId, long instructionId, String unitCode, int tier, Stage stage,
                           Instant dueAt, String itemCode, String subDistrict) implements java.io.Serializable {
}

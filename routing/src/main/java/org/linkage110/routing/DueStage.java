package org.linkage110.routing;

import java.time.Instant;
import org.linkage110.domain.calendar.Stage;

/** An open stage of an instruction near or past its deadline, as the deadline watch sees it. */
public record DueStage(long instructionId, long incidentId, String unitCode, Channel channel, Stage stage,
                       Instant dueAt) implements java.io.Serializable {
}

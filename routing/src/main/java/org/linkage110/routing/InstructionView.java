package org.linkage110.routing;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.linkage110.domain.InstructionLevel;
import org.linkage110.domain.Tier;

/**
 * One unit's instruction (指令) with its deadlines and the actions its status allows. {@code version}
 * is what a client sends back (If-Match) to act on exactly the state it saw.
 */
public record InstructionView(long id, long incidentId, long version, String unitCode, Channel channel, UnitRole role,
                              InstructionLevel level, Tier tier, InstructionStatus status, Instant dispatchedAt,
                              Instant signedAt, String signedBy, List<StageView> stages,
                              Set<InstructionAction> allowedActions, String returnReason, String result,
                              String reopenReason, TaskView task) implements java.io.Serializable {

    /** The earliest deadline still open, the one a countdown shows; null when none is open. */
    public StageView nextDeadline() {
        return stages.stream().filter(StageView::open)
                .min(java.util.Comparator.comparing(StageView::dueAt)).orElse(null);
    }
}

package org.linkage110.routing.internal;

import jakarta.persistence.EntityManager;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.linkage110.routing.InstructionStatus;

/**
 * An order's next deadline ({@code routing_order.next_due_at}): the earliest deadline among the
 * open stages of its instructions still in hand; none when no stage is open. The queue sorts and
 * picks its open tabs by it (the due-soon and overdue tabs, the order of work in hand).
 *
 * <p>Set anew from the stages at the end of every change of an order ({@link OrderBook#changed}),
 * in the change's own transaction, whatever moved: a stage opened (dispatch, signing, reopening),
 * met or closed, due anew (an extension), an instruction returned, confirmed or reported back. The
 * statement reads the stages as they are now, committed by others or written by this transaction,
 * not as they were when it began: the changes of one order take turns on the order's lock
 * ({@link OrderBook#order}), so each one reads what the one before it left. A stage marked overdue by
 * the deadline watch keeps its deadline: the mark moves nothing here.
 */
final class NextDeadline {

    /** Instructions whose open stages bind no one any more. */
    static final Set<InstructionStatus> NOT_IN_HAND = EnumSet.of(InstructionStatus.RETURNED,
            InstructionStatus.CONFIRMED, InstructionStatus.REPORTED_BACK);

    private static final String RECOMPUTE = "UPDATE routing_order o SET o.next_due_at = ("
            + "SELECT MIN(s.due_at) FROM routing_instruction i JOIN routing_instruction_stage s ON s.instruction_id = i.id "
            + "WHERE i.incident_id = o.incident_id AND s.done_at IS NULL AND i.status NOT IN ("
            + NOT_IN_HAND.stream().map(status -> "'" + status.name() + "'").collect(Collectors.joining(", "))
            + ")) WHERE o.incident_id = ?";

    private NextDeadline() {
    }

    /** Writes what this transaction changed so far, then sets the order's next deadline from its stages. */
    static void recompute(EntityManager em, long incidentId) {
        em.flush();
        em.createNativeQuery(RECOMPUTE).setParameter(1, incidentId).executeUpdate();
    }
}

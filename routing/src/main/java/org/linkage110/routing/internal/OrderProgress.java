package org.linkage110.routing.internal;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.linkage110.routing.InstructionStatus;
import org.linkage110.routing.OrderStatus;
import org.linkage110.routing.UnitRole;

/**
 * How an order follows its instructions: handling starts when the first unit signs; the results
 * are in when every unit still on it (the lead among them) has submitted one; work added after
 * that (more units, a unit sent it anew) puts it back in handling.
 */
final class OrderProgress {

    private static final Set<InstructionStatus> WITH_RESULT = EnumSet.of(InstructionStatus.RESULT_SUBMITTED,
            InstructionStatus.CONFIRMED, InstructionStatus.REPORTED_BACK);

    private OrderProgress() {
    }

    /** Moves the order as its instructions now call for; true when it moved. */
    static boolean follow(RoutingOrder order, List<Instruction> all) {
        List<Instruction> active = all.stream().filter(Instruction::active).toList();
        OrderStatus before = order.status();
        if ((before == OrderStatus.DISPATCHED || before == OrderStatus.DIVERTED_TO_12345)
                && active.stream().anyMatch(i -> i.status() != InstructionStatus.DISPATCHED)) {
            order.startHandling();
        }
        boolean leadOn = active.stream().anyMatch(i -> i.role() == UnitRole.LEAD);
        boolean allResults = !active.isEmpty() && active.stream().allMatch(i -> WITH_RESULT.contains(i.status()));
        if ((order.status() == OrderStatus.IN_HANDLING || order.status() == OrderStatus.REOPENED) && leadOn && allResults) {
            order.resultsIn();
        } else if (order.status() == OrderStatus.RESULTS_IN && !allResults) {
            order.moreWork();
        }
        return order.status() != before;
    }

    /** Every unit still on the order has had its result confirmed: it can be closed. */
    static boolean allConfirmed(List<Instruction> all) {
        return all.stream().filter(Instruction::active).allMatch(i -> i.status() == InstructionStatus.CONFIRMED
                || i.status() == InstructionStatus.REPORTED_BACK);
    }
}

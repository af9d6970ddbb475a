package org.linkage110.routing;

import static org.linkage110.routing.OrderStatus.AWAITING_ASSESSMENT;
import static org.linkage110.routing.OrderStatus.CLOSED;
import static org.linkage110.routing.OrderStatus.DISPATCHED;
import static org.linkage110.routing.OrderStatus.DIVERTED_TO_12345;
import static org.linkage110.routing.OrderStatus.IN_HANDLING;
import static org.linkage110.routing.OrderStatus.NEEDS_REASSESSMENT;
import static org.linkage110.routing.OrderStatus.RECEIVED;
import static org.linkage110.routing.OrderStatus.REOPENED;
import static org.linkage110.routing.OrderStatus.RESULTS_IN;
import static org.linkage110.routing.OrderStatus.SENT_TO_POLICE;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The order's lifecycle as an explicit table: for each move, the statuses it may start from and
 * the status it leads to (003 §4: received → assessed → dispatched → signed → handled → result
 * reported back; returned and reassessed; reopened; police business back to 110). Anything not
 * in the table is an illegal move.
 */
public final class OrderLifecycle {

    private record Move(Set<OrderStatus> from, OrderStatus to) {
    }

    /** Waiting for the office's assessment: a new order, or one whose lead returned it. */
    private static final Set<OrderStatus> TO_ASSESS = EnumSet.of(AWAITING_ASSESSMENT, NEEDS_REASSESSMENT);

    /** Units are on it and it is not finished. */
    private static final Set<OrderStatus> WORKED_ON = EnumSet.of(IN_HANDLING, REOPENED);

    private static final Map<OrderMove, Move> MOVES = new EnumMap<>(OrderMove.class);

    static {
        MOVES.put(OrderMove.PROPOSE, new Move(EnumSet.of(RECEIVED), AWAITING_ASSESSMENT));
        MOVES.put(OrderMove.DISPATCH, new Move(TO_ASSESS, DISPATCHED));
        MOVES.put(OrderMove.DIVERT, new Move(TO_ASSESS, DIVERTED_TO_12345));
        MOVES.put(OrderMove.START_HANDLING, new Move(EnumSet.of(DISPATCHED, DIVERTED_TO_12345), IN_HANDLING));
        MOVES.put(OrderMove.LEAD_RETURNED, new Move(EnumSet.of(DISPATCHED, DIVERTED_TO_12345, IN_HANDLING, REOPENED),
                NEEDS_REASSESSMENT));
        MOVES.put(OrderMove.RESULTS_IN, new Move(WORKED_ON, RESULTS_IN));
        MOVES.put(OrderMove.MORE_WORK, new Move(EnumSet.of(RESULTS_IN), IN_HANDLING));
        MOVES.put(OrderMove.CLOSE, new Move(EnumSet.of(RESULTS_IN), CLOSED));
        MOVES.put(OrderMove.REOPEN, new Move(EnumSet.of(CLOSED), REOPENED));
        MOVES.put(OrderMove.SEND_TO_POLICE, new Move(TO_ASSESS, SENT_TO_POLICE));
    }

    private OrderLifecycle() {
    }

    /** The status after the move, or empty when the move is illegal from {@code current}. */
    public static Optional<OrderStatus> next(OrderStatus current, OrderMove move) {
        Move allowed = MOVES.get(move);
        return allowed.from().contains(current) ? Optional.of(allowed.to()) : Optional.empty();
    }

    /** The moves legal from a status. */
    public static Set<OrderMove> allowedFrom(OrderStatus current) {
        Set<OrderMove> allowed = EnumSet.noneOf(OrderMove.class);
        MOVES.forEach((move, rule) -> {
            if (rule.from().contains(current)) {
                allowed.add(move);
            }
        });
        return allowed;
    }
}

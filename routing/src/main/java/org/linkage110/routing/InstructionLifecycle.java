package org.linkage110.routing;

import static org.linkage110.routing.InstructionStatus.CALLER_CONTACTED;
import static org.linkage110.routing.InstructionStatus.CONFIRMED;
import static org.linkage110.routing.InstructionStatus.DISPATCHED;
import static org.linkage110.routing.InstructionStatus.ON_SCENE;
import static org.linkage110.routing.InstructionStatus.REOPENED;
import static org.linkage110.routing.InstructionStatus.REPORTED;
import static org.linkage110.routing.InstructionStatus.REPORTED_BACK;
import static org.linkage110.routing.InstructionStatus.RESULT_SUBMITTED;
import static org.linkage110.routing.InstructionStatus.RETURNED;
import static org.linkage110.routing.InstructionStatus.SIGNED;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The handling lifecycle as an explicit table: for each action, the statuses it may start from
 * and the status it leads to. Anything not in the table is an illegal move.
 */
public final class InstructionLifecycle {

    private record Move(Set<InstructionStatus> from, InstructionStatus to) {
    }

    /** Where the unit is working on it (the order is signed for and not yet finished). */
    private static final Set<InstructionStatus> IN_HAND = EnumSet.of(SIGNED, CALLER_CONTACTED, ON_SCENE, REPORTED,
            REOPENED);

    private static final Map<InstructionAction, Move> MOVES = new EnumMap<>(InstructionAction.class);

    static {
        MOVES.put(InstructionAction.SIGN, new Move(EnumSet.of(DISPATCHED), SIGNED));
        MOVES.put(InstructionAction.RETURN, new Move(EnumSet.of(DISPATCHED, SIGNED), RETURNED));
        MOVES.put(InstructionAction.CONTACT_CALLER, new Move(EnumSet.of(SIGNED), CALLER_CONTACTED));
        MOVES.put(InstructionAction.ARRIVE, new Move(EnumSet.of(SIGNED, CALLER_CONTACTED), ON_SCENE));
        MOVES.put(InstructionAction.REPORT, new Move(EnumSet.of(SIGNED, CALLER_CONTACTED, ON_SCENE, REOPENED), REPORTED));
        MOVES.put(InstructionAction.SUBMIT_RESULT, new Move(IN_HAND, RESULT_SUBMITTED));
        MOVES.put(InstructionAction.CONFIRM, new Move(EnumSet.of(RESULT_SUBMITTED), CONFIRMED));
        MOVES.put(InstructionAction.REPORT_BACK, new Move(EnumSet.of(CONFIRMED), REPORTED_BACK));
        MOVES.put(InstructionAction.REOPEN, new Move(EnumSet.of(CONFIRMED, REPORTED_BACK), REOPENED));
        MOVES.put(InstructionAction.PULL_VIDEO, new Move(EnumSet.of(SIGNED, CALLER_CONTACTED), null));
        MOVES.put(InstructionAction.DEPART, new Move(EnumSet.of(SIGNED, CALLER_CONTACTED), null));
        MOVES.put(InstructionAction.REQUEST_EXTENSION, new Move(IN_HAND, null));
        MOVES.put(InstructionAction.REQUEST_MORE_UNITS, new Move(IN_HAND, null));
        MOVES.put(InstructionAction.RECORD_POLICE_HANDOVER, new Move(EnumSet.of(CALLER_CONTACTED, ON_SCENE, REPORTED), null));
    }

    private InstructionLifecycle() {
    }

    /**
     * The status after the action, or empty when the move is illegal from {@code current}. An
     * action that records only keeps the current status.
     */
    public static Optional<InstructionStatus> next(InstructionStatus current, InstructionAction action) {
        Move move = MOVES.get(action);
        if (!move.from().contains(current)) {
            return Optional.empty();
        }
        return Optional.of(move.to() == null ? current : move.to());
    }

    /** The actions that are legal from a status, for the buttons a unit operator sees. */
    public static Set<InstructionAction> allowedFrom(InstructionStatus current) {
        Set<InstructionAction> allowed = EnumSet.noneOf(InstructionAction.class);
        MOVES.forEach((action, move) -> {
            if (move.from().contains(current)) {
                allowed.add(action);
            }
        });
        return allowed;
    }
}

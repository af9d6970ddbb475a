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
 * and the status each leads to. Anything not in the table is an illegal move. The steps of the
 * handling (contacting the caller, pulling video, reporting) can be taken while the unit works on
 * the order, in whatever order the scene asks for, until it submits the result; those that do not
 * change where the instruction stands keep its status.
 */
public final class InstructionLifecycle {

    /** Where the unit is working on it (the order is signed for and not yet finished). */
    private static final Set<InstructionStatus> IN_HAND = EnumSet.of(SIGNED, CALLER_CONTACTED, ON_SCENE, REPORTED,
            REOPENED);

    private static final Map<InstructionAction, Map<InstructionStatus, InstructionStatus>> MOVES =
            new EnumMap<>(InstructionAction.class);

    static {
        move(InstructionAction.SIGN, EnumSet.of(DISPATCHED), SIGNED);
        move(InstructionAction.RETURN, EnumSet.of(DISPATCHED, SIGNED), RETURNED);
        move(InstructionAction.CONTACT_CALLER, EnumSet.of(SIGNED), CALLER_CONTACTED);
        stay(InstructionAction.CONTACT_CALLER, EnumSet.of(ON_SCENE, REPORTED, REOPENED));
        move(InstructionAction.ARRIVE, EnumSet.of(SIGNED, CALLER_CONTACTED), ON_SCENE);
        stay(InstructionAction.ARRIVE, EnumSet.of(REPORTED, REOPENED));
        move(InstructionAction.REPORT, EnumSet.of(SIGNED, CALLER_CONTACTED, ON_SCENE, REOPENED), REPORTED);
        move(InstructionAction.SUBMIT_RESULT, IN_HAND, RESULT_SUBMITTED);
        move(InstructionAction.CONFIRM, EnumSet.of(RESULT_SUBMITTED), CONFIRMED);
        move(InstructionAction.REPORT_BACK, EnumSet.of(CONFIRMED), REPORTED_BACK);
        move(InstructionAction.REOPEN, EnumSet.of(CONFIRMED, REPORTED_BACK), REOPENED);
        stay(InstructionAction.PULL_VIDEO, IN_HAND);
        stay(InstructionAction.DEPART, EnumSet.of(SIGNED, CALLER_CONTACTED, REOPENED));
        stay(InstructionAction.REQUEST_EXTENSION, IN_HAND);
        stay(InstructionAction.REQUEST_MORE_UNITS, IN_HAND);
        stay(InstructionAction.RECORD_POLICE_HANDOVER, EnumSet.of(CALLER_CONTACTED, ON_SCENE, REPORTED));
    }

    private static void move(InstructionAction action, Set<InstructionStatus> from, InstructionStatus to) {
        from.forEach(status -> MOVES.computeIfAbsent(action, a -> new EnumMap<>(InstructionStatus.class)).put(status, to));
    }

    /** An action that records a step and leaves the status as it is. */
    private static void stay(InstructionAction action, Set<InstructionStatus> from) {
        from.forEach(status -> MOVES.computeIfAbsent(action, a -> new EnumMap<>(InstructionStatus.class)).put(status, status));
    }

    private InstructionLifecycle() {
    }

    /** The status after the action, or empty when the move is illegal from {@code current}. */
    public static Optional<InstructionStatus> next(InstructionStatus current, InstructionAction action) {
        return Optional.ofNullable(MOVES.getOrDefault(action, Map.of()).get(current));
    }

    /** The actions that are legal from a status (before the other rules of {@code ActionGuard}). */
    public static Set<InstructionAction> allowedFrom(InstructionStatus current) {
        Set<InstructionAction> allowed = EnumSet.noneOf(InstructionAction.class);
        MOVES.forEach((action, moves) -> {
            if (moves.containsKey(current)) {
                allowed.add(action);
            }
        });
        return allowed;
    }

    /** Whether the instruction is in the unit's hands: signed for and not finished. */
    public static boolean inHand(InstructionStatus status) {
        return IN_HAND.contains(status);
    }
}

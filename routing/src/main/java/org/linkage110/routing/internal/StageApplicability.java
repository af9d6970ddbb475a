package org.linkage110.routing.internal;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.linkage110.domain.calendar.Stage;
import org.linkage110.routing.InstructionAction;
import org.linkage110.routing.InstructionLifecycle;
import org.linkage110.routing.InstructionStatus;

/**
 * A stage's deadline binds a unit only while the unit can still meet it: while the action that
 * completes the stage is legal from where the instruction stands. Once it is not (the unit is on
 * the scene, so it no longer departs; the result is in, so nothing before it is still to do), the
 * stage is closed as not applicable with the reason, and never marked overdue.
 */
public final class StageApplicability {

    private static final Map<Stage, InstructionAction> COMPLETED_BY = new EnumMap<>(Stage.class);

    static {
        COMPLETED_BY.put(Stage.SIGN_FOR, InstructionAction.SIGN);
        COMPLETED_BY.put(Stage.CALLER_CONTACT, InstructionAction.CONTACT_CALLER);
        COMPLETED_BY.put(Stage.VIDEO_PULL, InstructionAction.PULL_VIDEO);
        COMPLETED_BY.put(Stage.DEPART, InstructionAction.DEPART);
        COMPLETED_BY.put(Stage.ARRIVE, InstructionAction.ARRIVE);
        COMPLETED_BY.put(Stage.FIRST_REPORT, InstructionAction.REPORT);
        COMPLETED_BY.put(Stage.RESULT, InstructionAction.SUBMIT_RESULT);
    }

    private StageApplicability() {
    }

    /** The stage an action completes, if it completes one. */
    public static Optional<Stage> completedBy(InstructionAction action) {
        return COMPLETED_BY.entrySet().stream().filter(e -> e.getValue() == action).map(Map.Entry::getKey).findFirst();
    }

    /** The office's moves: they start a new handling (with new deadlines), they do not complete a unit's stage. */
    private static final Set<InstructionAction> OFFICE = EnumSet.of(InstructionAction.CONFIRM,
            InstructionAction.REPORT_BACK, InstructionAction.REOPEN);

    /**
     * Whether a unit whose instruction stands at {@code status} can still complete the stage: the
     * completing action is legal now or after some of the unit's own actions.
     */
    public static boolean completable(Stage stage, InstructionStatus status) {
        InstructionAction completing = COMPLETED_BY.get(stage);
        Set<InstructionStatus> seen = EnumSet.of(status);
        Deque<InstructionStatus> next = new ArrayDeque<>(List.of(status));
        while (!next.isEmpty()) {
            InstructionStatus at = next.poll();
            if (InstructionLifecycle.next(at, completing).isPresent()) {
                return true;
            }
            for (InstructionAction action : InstructionAction.values()) {
                if (!OFFICE.contains(action)) {
                    InstructionLifecycle.next(at, action).filter(seen::add).ifPresent(next::add);
                }
            }
        }
        return false;
    }

    /** Where the instruction has ended for the unit: sent back, or its result in. */
    public static boolean ended(InstructionStatus status) {
        return status == InstructionStatus.RETURNED || status == InstructionStatus.RESULT_SUBMITTED
                || status == InstructionStatus.CONFIRMED || status == InstructionStatus.REPORTED_BACK;
    }

    /** Why a stage no longer applies at this status, in words for the record. */
    public static String why(Stage stage, InstructionStatus status) {
        return switch (status) {
            case RETURNED -> "returned by the unit";
            case RESULT_SUBMITTED, CONFIRMED, REPORTED_BACK -> "the result came first";
            case ON_SCENE, REPORTED -> stage == Stage.DEPART ? "on the scene already" : "passed by the handling";
            default -> "not possible while " + status;
        };
    }
}

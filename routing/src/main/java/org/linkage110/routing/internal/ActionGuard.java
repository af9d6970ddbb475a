package org.linkage110.routing.internal;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.linkage110.domain.HandlingClass;
import org.linkage110.routing.Channel;
import org.linkage110.routing.IllegalMoveException;
import org.linkage110.routing.InstructionAction;
import org.linkage110.routing.InstructionLifecycle;

/**
 * Which of a handling party's actions will succeed on an instruction now: what the lifecycle
 * allows from its status, less what the instruction's kind rules out. The same rules answer the
 * unit's call and list the instruction's {@code allowedActions}, so the list never offers a move
 * that then fails (the fields an action needs are checked on the call).
 */
public final class ActionGuard {

    /** The office's own moves: never a unit's. */
    public static final Set<InstructionAction> OFFICE_ACTIONS = EnumSet.of(InstructionAction.CONFIRM,
            InstructionAction.REOPEN, InstructionAction.REPORT_BACK);

    private static final Set<InstructionAction> FIELD_ACTIONS = EnumSet.of(InstructionAction.CONTACT_CALLER,
            InstructionAction.PULL_VIDEO, InstructionAction.DEPART, InstructionAction.ARRIVE);

    private ActionGuard() {
    }

    /** What is in the way of the action, as the refusal to throw; empty when it will go through. */
    public static Optional<IllegalMoveException> refusal(Instruction instruction, HandlingClass handlingClass,
                                                         boolean extensionOpen, InstructionAction action) {
        if (OFFICE_ACTIONS.contains(action)) {
            return Optional.of(IllegalMoveException.illegal(action + " is the office's to do"));
        }
        if (InstructionLifecycle.next(instruction.status(), action).isEmpty()) {
            return Optional.of(IllegalMoveException.illegal(action + " is not allowed while the instruction is "
                    + instruction.status()));
        }
        if (instruction.recorded(action)) {
            return Optional.of(IllegalMoveException.alreadyRecorded(action));
        }
        return why(instruction, handlingClass, extensionOpen, action).map(IllegalMoveException::illegal);
    }

    /** The rules of the instruction's kind: what it rules out, in words. */
    private static Optional<String> why(Instruction instruction, HandlingClass handlingClass, boolean extensionOpen,
                                           InstructionAction action) {
        boolean through12345 = instruction.channel() == Channel.HOTLINE_12345;
        if (FIELD_ACTIONS.contains(action) && !instruction.tier().mayLeadFieldWork()) {
            return Optional.of("a tier-3 unit supports only; it has no field work to record");
        }
        if (FIELD_ACTIONS.contains(action) && through12345) {
            return Optional.of("12345 hands the order on in its own workflow; there is no field work to record here");
        }
        if (action == InstructionAction.RECORD_POLICE_HANDOVER
                && (handlingClass != HandlingClass.JOINT_HANDLING || through12345)) {
            return Optional.of("a police handover belongs to joint handling on the scene only");
        }
        if (action == InstructionAction.REQUEST_MORE_UNITS && through12345) {
            return Optional.of("12345 asks the office for more units by a new call, not on a diverted order");
        }
        if (action == InstructionAction.REQUEST_EXTENSION && extensionOpen) {
            return Optional.of("an extension request is waiting for the unit head or the office already");
        }
        return Optional.empty();
    }

    /** Every action of the handling party that will succeed now. */
    public static Set<InstructionAction> allowed(Instruction instruction, HandlingClass handlingClass,
                                                 boolean extensionOpen) {
        Set<InstructionAction> allowed = EnumSet.noneOf(InstructionAction.class);
        for (InstructionAction action : InstructionLifecycle.allowedFrom(instruction.status())) {
            if (refusal(instruction, handlingClass, extensionOpen, action).isEmpty()) {
                allowed.add(action);
            }
        }
        return allowed;
    }
}

package org.linkage110.routing.internal;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.linkage110.routing.InstructionAction;

/**
 * A field step records the moment it happened (the caller contacted, the video pulled, the unit
 * on its way, on the scene): it is recorded once per handling. A second one would record a false
 * time, so it is refused and not offered; a reopened instruction is a new handling and records
 * its steps anew.
 */
public final class OneTimeSteps {

    static final Set<InstructionAction> ONE_TIME = EnumSet.of(InstructionAction.CONTACT_CALLER,
            InstructionAction.PULL_VIDEO, InstructionAction.DEPART, InstructionAction.ARRIVE);

    private OneTimeSteps() {
    }

    public static boolean oneTime(InstructionAction action) {
        return ONE_TIME.contains(action);
    }

    /** The steps kept in a column ("ARRIVE,PULL_VIDEO"); none for null or blank. */
    static Set<InstructionAction> decode(String column) {
        Set<InstructionAction> steps = EnumSet.noneOf(InstructionAction.class);
        if (column != null && !column.isBlank()) {
            Arrays.stream(column.split(",")).map(String::strip).map(InstructionAction::valueOf).forEach(steps::add);
        }
        return steps;
    }

    static String encode(Set<InstructionAction> steps) {
        return steps.isEmpty() ? null : steps.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
    }
}

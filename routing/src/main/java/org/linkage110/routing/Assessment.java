package org.linkage110.routing;

import java.util.Objects;
import org.linkage110.domain.DispatchMode;
import org.linkage110.domain.HandlingClass;
import org.linkage110.domain.InstructionLevel;

/**
 * The outcome of an assessment (研判): handling class, instruction level and dispatch mode, with
 * the rule that decided it and the rule's reason in words, so that every decision says why.
 */
public record Assessment(HandlingClass handlingClass, InstructionLevel level, DispatchMode dispatchMode, String ruleId,
                         String reason) {

    public Assessment {
        Objects.requireNonNull(handlingClass, "handlingClass");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(dispatchMode, "dispatchMode");
        Objects.requireNonNull(ruleId, "ruleId");
    }
}

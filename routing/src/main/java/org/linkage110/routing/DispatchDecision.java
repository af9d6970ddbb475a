package org.linkage110.routing;

import java.util.List;
import java.util.Objects;
import org.linkage110.domain.DispatchMode;
import org.linkage110.domain.HandlingClass;
import org.linkage110.domain.InstructionLevel;

/**
 * What the office decides for an order: class, level, mode and the units. {@code reason} is
 * required whenever anything differs from the proposal (an override), and is audited.
 */
public record DispatchDecision(HandlingClass handlingClass, InstructionLevel level, DispatchMode dispatchMode,
                               String leadUnit, List<String> coUnits, String reason) implements java.io.Serializable {

    public DispatchDecision {
        coUnits = coUnits == null ? List.of() : List.copyOf(coUnits);
    }

    /** The proposal of the order taken as it is. */
    public static DispatchDecision asProposed(OrderView order) {
        Objects.requireNonNull(order, "order");
        return new DispatchDecision(order.proposal().handlingClass(), order.proposal().level(),
                order.proposal().dispatchMode(), order.proposedLead(), order.proposedCoUnits(), null);
    }
}

package org.linkage110.routing.internal;

import org.linkage110.routing.RoutingProblem;
import java.util.ArrayList;
import java.util.List;
import org.linkage110.domain.DispatchMode;
import org.linkage110.domain.HandlingClass;
import org.linkage110.intake.FieldProblem;
import org.linkage110.routing.DispatchDecision;

/**
 * 000's dispatch modes: an order that needs no immediate handling goes to 12345 for its lead unit
 * alone; joint handling is dispatched at once to the lead and co-units, never through 12345.
 */
public final class OnlyTheLeadGoesThrough12345 {

    private OnlyTheLeadGoesThrough12345() {
    }

    public static List<FieldProblem> check(DispatchDecision decision) {
        List<FieldProblem> problems = new ArrayList<>();
        if (decision.dispatchMode() != DispatchMode.TO_HOTLINE_12345) {
            return problems;
        }
        if (!decision.coUnits().isEmpty()) {
            problems.add(RoutingProblem.LEAD_ALONE.at("coUnits"));
        }
        if (decision.handlingClass() == HandlingClass.JOINT_HANDLING) {
            problems.add(RoutingProblem.JOINT_AT_ONCE.at("dispatchMode"));
        }
        return problems;
    }
}

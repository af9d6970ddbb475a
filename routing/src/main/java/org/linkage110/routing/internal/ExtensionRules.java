package org.linkage110.routing.internal;

import org.linkage110.routing.RoutingProblem;
import org.linkage110.intake.CommonProblem;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.linkage110.intake.FieldProblem;
import org.linkage110.routing.ActionInput;

/**
 * 003: a unit that cannot finish in time reports the progress and the reason before the deadline,
 * signed off by its head, and asks for a later one. One request at a time; the deadline asked for
 * is later than the current one; a unit's own system names the head who signed it off (people do
 * it in the portal, where the head signs off).
 */
public final class ExtensionRules {

    private ExtensionRules() {
    }

    public static List<FieldProblem> check(ActionInput input, Optional<Instant> currentDue, boolean anotherOpen,
                                           boolean fromUnitSystem) {
        List<FieldProblem> problems = new ArrayList<>();
        if (input.text() == null || input.text().isBlank()) {
            problems.add(CommonProblem.REQUIRED.at("text"));
        }
        if (fromUnitSystem && (input.headName() == null || input.headName().isBlank())) {
            problems.add(RoutingProblem.HEAD_NAME.at("headName"));
        }
        if (input.requestedDue() == null) {
            problems.add(RoutingProblem.REQUESTED_DUE.at("requestedDue"));
        } else if (currentDue.isPresent() && !input.requestedDue().isAfter(currentDue.get())) {
            problems.add(RoutingProblem.LATER_THAN_DUE.at("requestedDue", currentDue.get()));
        }
        if (anotherOpen) {
            problems.add(RoutingProblem.EXTENSION_PENDING.at("requestedDue"));
        }
        return problems;
    }
}

package org.linkage110.routing.internal;

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
            problems.add(new FieldProblem("text", "required"));
        }
        if (fromUnitSystem && (input.headName() == null || input.headName().isBlank())) {
            problems.add(new FieldProblem("headName", "the unit head who signed the request off is required"));
        }
        if (input.requestedDue() == null) {
            problems.add(new FieldProblem("requestedDue", "the deadline asked for is required"));
        } else if (currentDue.isPresent() && !input.requestedDue().isAfter(currentDue.get())) {
            problems.add(new FieldProblem("requestedDue", "must be later than the current deadline " + currentDue.get()));
        }
        if (anotherOpen) {
            problems.add(new FieldProblem("requestedDue", "an extension request is waiting for the unit head or the office already"));
        }
        return problems;
    }
}

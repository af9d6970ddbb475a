package org.linkage110.routing.internal;

import org.linkage110.routing.RoutingProblem;
import java.util.ArrayList;
import java.util.List;
import org.linkage110.intake.FieldProblem;
import org.linkage110.routing.DispatchDecision;

/**
 * A unit that sent an order back (退单) is not sent it again without a word: reassessment proposes
 * another unit, and the office that chooses the same one again says why.
 */
public final class ReturnedUnitsAreNotChosenSilently {

    private ReturnedUnitsAreNotChosenSilently() {
    }

    public static List<FieldProblem> check(DispatchDecision decision, List<String> returnedUnits) {
        List<FieldProblem> problems = new ArrayList<>();
        boolean again = returnedUnits.contains(decision.leadUnit())
                || decision.coUnits().stream().anyMatch(returnedUnits::contains);
        if (again && (decision.reason() == null || decision.reason().isBlank())) {
            problems.add(RoutingProblem.RETURNED_CHOSEN.at("reason"));
        }
        return problems;
    }
}

package org.linkage110.intake;

import jakarta.ejb.ApplicationException;
import java.util.List;

/**
 * The incident is well formed but not acceptable (an unknown category, a missing required inquiry
 * element). Nothing was stored.
 */
@ApplicationException(rollback = true)
public class InvalidIncidentException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<FieldProblem> problems;

    public InvalidIncidentException(List<FieldProblem> problems) {
        super("incident refused: " + problems);
        this.problems = List.copyOf(problems);
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}

package org.linkage110.routing;

import jakarta.ejb.ApplicationException;
import java.util.List;
import org.linkage110.intake.FieldProblem;

/** The request is well formed but cannot be carried out as given (422); nothing was changed. */
@ApplicationException(rollback = true)
public class RoutingRefusedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<FieldProblem> problems;

    public RoutingRefusedException(List<FieldProblem> problems) {
        super("refused: " + problems);
        this.problems = List.copyOf(problems);
    }

    public static RoutingRefusedException of(String field, String message) {
        return new RoutingRefusedException(List.of(new FieldProblem(field, message)));
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}

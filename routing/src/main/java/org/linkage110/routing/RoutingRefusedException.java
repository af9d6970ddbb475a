package org.linkage110.routing;

import jakarta.ejb.ApplicationException;
import java.util.List;
import org.linkage110.domain.FieldLimits;
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

    /** Refuses a text someone gave that is longer than any column keeping it (FieldLimits.TEXT). */
    public static void requireWithinTextLimit(String field, String text) {
        if (!FieldLimits.fits(text, FieldLimits.TEXT)) {
            throw of(field, "at most " + FieldLimits.TEXT + " characters");
        }
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}

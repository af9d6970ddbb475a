package org.linkage110.routing;

import jakarta.ejb.ApplicationException;
import java.util.List;
import org.linkage110.domain.FieldLimits;
import org.linkage110.intake.CommonProblem;
import org.linkage110.intake.FieldProblem;
import org.linkage110.intake.ProblemCode;

/** The request is well formed but cannot be carried out as given (422); nothing was changed. */
@ApplicationException(rollback = true)
public class RoutingRefusedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<FieldProblem> problems;

    public RoutingRefusedException(List<FieldProblem> problems) {
        super("refused: " + problems);
        this.problems = List.copyOf(problems);
    }

    /** A refusal whose words come from elsewhere (a parser's own message), with no code of its own. */
    public static RoutingRefusedException of(String field, String message) {
        return new RoutingRefusedException(List.of(new FieldProblem(field, message)));
    }

    /** The refusal of a field under its stable code, with the values its words join in. */
    public static RoutingRefusedException of(String field, ProblemCode code, Object... values) {
        return new RoutingRefusedException(List.of(FieldProblem.of(field, code, values)));
    }

    /** Refuses a text someone gave that is longer than any column keeping it (FieldLimits.TEXT). */
    public static void requireWithinTextLimit(String field, String text) {
        if (!FieldLimits.fits(text, FieldLimits.TEXT)) {
            throw of(field, CommonProblem.AT_MOST, FieldLimits.TEXT);
        }
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}

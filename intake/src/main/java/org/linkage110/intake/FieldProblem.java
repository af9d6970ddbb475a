package org.linkage110.intake;

import java.util.Arrays;
import java.util.List;

/**
 * One rejected field of a request and why: a stable {@code code} (a {@link ProblemCode}'s name) for
 * programs and for the portal's words, the values it joins in ({@code args}), and the message in
 * English words a sender's developer can act on.
 */
public record FieldProblem(String field, String message, String code, List<String> args) implements java.io.Serializable {

    public FieldProblem {
        args = args == null ? List.of() : List.copyOf(args);
    }

    /** A refusal whose words come from elsewhere (a parser's own message), with no code of its own. */
    public FieldProblem(String field, String message) {
        this(field, message, null, List.of());
    }

    /** The refusal of a field under a code, with the values its words join in. */
    public static FieldProblem of(String field, ProblemCode code, Object... values) {
        List<String> args = Arrays.stream(values).map(String::valueOf).toList();
        String message = code.english();
        for (int i = 0; i < args.size(); i++) {
            message = message.replace("{" + i + "}", args.get(i));
        }
        return new FieldProblem(field, message, code.name(), args);
    }
}

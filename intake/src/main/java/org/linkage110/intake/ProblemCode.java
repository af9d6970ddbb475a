package org.linkage110.intake;

/**
 * The stable code of a refusal a module gives (an enum constant per refusal: {@link CommonProblem},
 * {@link IntakeProblem}, routing's and supervision's own), with its English words for API
 * clients; {0}, {1}… stand for the values it joins in. A program reads the code; the portal
 * finds its words in the user's language under {@code problem.<code>}.
 */
public interface ProblemCode {

    /** The code itself, upper-case with underscores; unique across the modules. */
    String name();

    /** The English words, with {0}, {1}… where the values go. */
    String english();

    /** This refusal of a field, with its values. */
    default FieldProblem at(String field, Object... values) {
        return FieldProblem.of(field, this, values);
    }
}

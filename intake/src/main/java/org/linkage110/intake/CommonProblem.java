package org.linkage110.intake;

/**
 * The refusals of a field every module gives (a missing value, a too long text, an unknown unit).
 * Each constant is a stable code (see {@link ProblemCode}).
 */
public enum CommonProblem implements ProblemCode {
    REQUIRED("required"),
    REQUIRED_UP_TO("required, up to {0} characters"),
    AT_MOST("at most {0} characters"),
    AT_MOST_MB("at most {0} MB"),
    NO_UNIT("no linkage unit {0}"),
    NAMED_TWICE("{0} is named twice");

    private final String english;

    CommonProblem(String english) {
        this.english = english;
    }

    @Override
    public String english() {
        return english;
    }
}

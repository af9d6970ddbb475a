package org.linkage110.intake;

/**
 * The refusals of an incoming incident: its category, its inquiry answers, its source. Each
 * constant is a stable code (see {@link ProblemCode}).
 */
public enum IntakeProblem implements ProblemCode {
    UNKNOWN_CATEGORY("unknown category code {0}"),
    REQUIRED_ELEMENT("required: {0}"),
    NOT_ELEMENT("not an inquiry element of {0}"),
    NUMBER("must be a number"),
    YES_NO("must be true or false"),
    ONE_OF("must be one of {0}"),
    NOT_TAKEN_BY_HAND("{0} is not a call taken by hand: its requests come through its own API");

    private final String english;

    IntakeProblem(String english) {
        this.english = english;
    }

    @Override
    public String english() {
        return english;
    }
}

package org.linkage110.supervision;

import org.linkage110.intake.ProblemCode;

/**
 * The refusals of supervision: callbacks, instruments, warnings, reports, spot and video checks,
 * samples. Each constant is a stable code (see {@link org.linkage110.intake.ProblemCode}).
 */
public enum SupervisionProblem implements ProblemCode {
    PERIOD("a period: from a day to a day not before it"),
    RESOLUTION("say whether the matter was resolved"),
    UNRESOLVED_COMMENT("say what the callee said is not resolved"),
    ANSWER("the answer is required (up to {0} characters)"),
    AT_LEAST_ONE_UNIT("address at least one unit"),
    FUTURE_DUE("a deadline in the future is required"),
    NO_DEPARTMENT("no responsible department is listed"),
    WHY_NOT_CLASS("say why this is not a class of problems (up to {0} characters)"),
    REPORT_KIND("{0} or {1}, with a day of the period"),
    REPORT_PERIOD("a report is issued once its period has ended ({0})"),
    DRILL_SCENARIO("say what the drill checks"),
    TIER_THREE_DRILL("a tier-3 unit does no field work to check"),
    DAY_BEGUN("a day that has begun"),
    BETWEEN("between {0} and {1}"),
    PUT_RIGHT("say what was put right"),
    PUT_RIGHT_UP_TO("say what was put right (up to {0} characters)"),
    STILL_MISSING("say what is still missing"),
    STILL_MISSING_UP_TO("say what is still missing (up to {0} characters)"),
    MET_OR_NOT("met or not: {0}"),
    NOT_CHECKLIST("not a checklist point"),
    WHAT_IS_WRONG("say what is wrong"),
    ON_DUTY("who was on duty is required (up to {0} characters)"),
    FOLLOW_UP("a failed check says what the unit must put right"),
    FOLLOW_UP_DUE("a follow-up needs a deadline");

    private final String english;

    SupervisionProblem(String english) {
        this.english = english;
    }

    @Override
    public String english() {
        return english;
    }
}

package org.linkage110.routing;

import org.linkage110.intake.ProblemCode;

/**
 * The refusals of routing: dispatching, the units' actions and requests, the roster, the decision
 * table. Each constant is a stable code (see {@link org.linkage110.intake.ProblemCode}).
 */
public enum RoutingProblem implements ProblemCode {
    IN_TIER("{0} is in tier {1} already"),
    SHIFT_ORDER("a shift ends after it starts"),
    SHIFT_LENGTH("a shift lasts at most 7 days"),
    SHIFT_ENDED("the roster is for now and later; this shift has ended"),
    SHIFT_WHY("say why the shift is taken off the roster (up to {0} characters)"),
    POLICE_REASON("the proposal says suspected police business (疑似警务警情): say why it is dispatched anyway, or send it back to 110"),
    LEAD_ALONE("an order diverted to 12345 goes to its lead unit alone"),
    JOINT_AT_ONCE("joint handling is dispatched at once, not through 12345"),
    TIER_THREE_LEADS("a tier-3 unit supports only and never leads (003)"),
    HEAD_NAME("the unit head who signed the request off is required"),
    REQUESTED_DUE("the deadline asked for is required"),
    LATER_THAN_DUE("must be later than the current deadline {0}"),
    EXTENSION_PENDING("an extension request is waiting for the unit head or the office already"),
    OVERRIDE_REASON("an override of the proposal needs a reason"),
    LEAD_REQUIRED("a lead unit of the list is required"),
    RETURNED_CHOSEN("a unit that sent this order back is chosen again: say why"),
    UNITS_ASKED_FOR("name the units asked for"),
    WHY_TURNED_DOWN("say why the request is turned down"),
    WHY_REFUSED("say why the request is refused"),
    WHY_REOPENED("say why the order is reopened"),
    WHY_POLICE("say why this is police business"),
    WHY_TABLE("say why the table changes"),
    RULE_ID("upper-case letters, digits and _, up to 40"),
    RULE_DECISION("class, level and dispatch mode are required"),
    RULE_REASON("the rule's reason is required (up to {0} characters)"),
    RULE_BODY("send the rule, with the id of the path, and why"),
    TIER("1, 2 or 3");

    private final String english;

    RoutingProblem(String english) {
        this.english = english;
    }

    @Override
    public String english() {
        return english;
    }
}

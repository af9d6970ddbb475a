package org.linkage110.routing;

/** Where an order stands for the office (003 §4's lifecycle); the moves between them are {@link OrderLifecycle}'s. */
public enum OrderStatus {
    /** Taken from intake, before the decision table has proposed anything (an instant inside the same transaction). */
    RECEIVED,
    /** Recorded and proposed; the office has not dispatched it yet (待研判). */
    AWAITING_ASSESSMENT,
    /** Instructions sent; no unit has signed for one yet (已派单). */
    DISPATCHED,
    /** Diverted to the 12345 hotline, which has not signed for it yet (转12345). */
    DIVERTED_TO_12345,
    /** At least one unit signed for it: units are working on it (处置中). */
    IN_HANDLING,
    /** The lead unit returned its instruction (退单): the office assesses and dispatches anew; co-units go on. */
    NEEDS_REASSESSMENT,
    /** Every unit still on it has submitted its result; the office confirms (结果已报). */
    RESULTS_IN,
    /** Result confirmed and reported back to the platform it came from (已办结). */
    CLOSED,
    /** Reopened after a failed callback: handled again (重启). */
    REOPENED,
    /** Police business after all: sent back to 110 (退回110). */
    SENT_TO_POLICE;

    /** Still the office's or a unit's to finish. */
    public boolean open() {
        return this != CLOSED && this != SENT_TO_POLICE;
    }

    /** Units are (or may be) working on it: dispatched and not yet closed. */
    public boolean dispatched() {
        return this == DISPATCHED || this == DIVERTED_TO_12345 || this == IN_HANDLING || this == NEEDS_REASSESSMENT
                || this == RESULTS_IN || this == REOPENED;
    }
}

package org.linkage110.routing;

/** What can happen to an order as a whole; each is a verb of the order, legal from the statuses {@link OrderLifecycle} lists. */
public enum OrderMove {
    /** The decision table proposed how to handle it. */
    PROPOSE,
    /** The office dispatched it to units directly (immediate or joint). */
    DISPATCH,
    /** The office diverted it to the 12345 hotline. */
    DIVERT,
    /** The first unit (or 12345) signed for it. */
    START_HANDLING,
    /** Its lead unit returned its instruction (退单). */
    LEAD_RETURNED,
    /** Every unit still on it has submitted its result. */
    RESULTS_IN,
    /** Work was added while the results were in (more units, a re-dispatched unit). */
    MORE_WORK,
    /** Every result confirmed and reported back. */
    CLOSE,
    /** A failed callback reopened it. */
    REOPEN,
    /** Police business after all: back to 110. */
    SEND_TO_POLICE
}

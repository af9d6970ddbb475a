package org.linkage110.routing;

/** Where an order stands for the office. */
public enum OrderStatus {
    /** Recorded and proposed; the office has not dispatched it yet. */
    AWAITING_ASSESSMENT,
    /** Dispatched: units are working on it. */
    IN_HANDLING,
    /** A unit returned its instruction (退单): the office assesses and dispatches anew. */
    NEEDS_REASSESSMENT,
    /** Result confirmed and reported back to the platform it came from. */
    CLOSED,
    /** Police business after all: sent back to 110. */
    SENT_TO_POLICE
}

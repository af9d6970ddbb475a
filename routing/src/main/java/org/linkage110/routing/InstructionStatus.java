package org.linkage110.routing;

/** Where one unit's instruction (指令) stands in the handling lifecycle (003 §4). */
public enum InstructionStatus {
    /** Sent to the unit, waiting to be signed for (签收). */
    DISPATCHED,
    /** Signed for by the unit. */
    SIGNED,
    /** The unit reached the caller (tier-1 lead units: within 5 minutes of signing). */
    CALLER_CONTACTED,
    /** The unit is on the scene. */
    ON_SCENE,
    /** On-scene situation (level 1) or initial progress (level 2) reported. */
    REPORTED,
    /** The unit reported the result (办结). */
    RESULT_SUBMITTED,
    /** The office accepted the result. */
    CONFIRMED,
    /** The result went back to the platform the incident came from (110 or 12345). */
    REPORTED_BACK,
    /** Sent back by the unit (退单) with a reason; the office reassesses and dispatches anew. */
    RETURNED,
    /** Reopened after a failed callback: the same unit handles it again. */
    REOPENED
}

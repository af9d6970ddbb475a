package org.linkage110.supervision;

import java.time.Instant;

/** A callback recheck of a closed order, whom to call (the order's caller) and what the callee said. */
public record CallbackView(long id, long version, long incidentId, long instructionId, String unitCode, String itemCode,
                           int resultRound, Status status, int attempts, Resolution resolution,
                           Satisfaction satisfaction, String comment, Instant queuedAt, Instant doneAt, String doneBy,
                           boolean flaggedForSampling, String callerName, String callerPhone) implements java.io.Serializable {

    /** The same callback with the caller to ring. */
    public CallbackView calling(String name, String phone) {
        return new CallbackView(id, version, incidentId, instructionId, unitCode, itemCode, resultRound, status, attempts,
                resolution, satisfaction, comment, queuedAt, doneAt, doneBy, flaggedForSampling, name, phone);
    }

    public enum Status {
        QUEUED, DONE, UNREACHED
    }

    /** 002: not resolved, or "falsely solved" (reported done but not), reopens the order. */
    public enum Resolution {
        RESOLVED, NOT_RESOLVED, FALSELY_SOLVED
    }

    public enum Satisfaction {
        SATISFIED, BASICALLY_SATISFIED, DISSATISFIED
    }
}

package org.linkage110.supervision;

import java.time.Instant;

/** A callback recheck of a closed order and what the callee said. */
public record CallbackView(long id, long version, long incidentId, long instructionId, String unitCode, String itemCode,
                           int resultRound, Status status, int attempts, Resolution resolution,
                           Satisfaction satisfaction, String comment, Instant queuedAt, Instant doneAt, String doneBy,
                           boolean flaggedForSampling) {

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

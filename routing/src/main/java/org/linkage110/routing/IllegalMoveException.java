package org.linkage110.routing;

import jakarta.ejb.ApplicationException;

/**
 * The action is not allowed in the current state (409), or the state changed since the caller
 * saw it ({@link #stale()}, a concurrent edit); nothing was changed.
 */
@ApplicationException(rollback = true)
public class IllegalMoveException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** The stable code of a move refused because the state does not allow it. */
    public static final String ILLEGAL_TRANSITION = "illegal-transition";
    /** The stable code of a one-time step (a recorded moment) asked for a second time. */
    public static final String ALREADY_RECORDED = "already-recorded";
    /** The stable code of a change made on a state that changed meanwhile. */
    public static final String CONCURRENT_CHANGE = "concurrent-change";

    private final boolean stale;

    private final String code;

    public IllegalMoveException(String message, boolean stale) {
        this(message, stale ? CONCURRENT_CHANGE : ILLEGAL_TRANSITION);
    }

    private IllegalMoveException(String message, String code) {
        super(message);
        this.stale = CONCURRENT_CHANGE.equals(code);
        this.code = code;
    }

    public static IllegalMoveException illegal(String message) {
        return new IllegalMoveException(message, false);
    }

    /** A step whose moment is recorded once per handling was recorded already (it would be a false time). */
    public static IllegalMoveException alreadyRecorded(InstructionAction action) {
        return new IllegalMoveException(action + " is recorded already for this handling", ALREADY_RECORDED);
    }

    public static IllegalMoveException staleVersion(long expected, long actual) {
        return new IllegalMoveException("changed meanwhile: you saw version " + expected + ", it is now " + actual, true);
    }

    public boolean stale() {
        return stale;
    }

    /** The stable code of the refusal, for programs: {@link #ILLEGAL_TRANSITION}, {@link #ALREADY_RECORDED}, … */
    public String code() {
        return code;
    }
}

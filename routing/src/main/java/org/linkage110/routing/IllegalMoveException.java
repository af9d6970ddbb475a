package org.linkage110.routing;

import jakarta.ejb.ApplicationException;

/**
 * The action is not allowed in the current state (409), or the state changed since the caller
 * saw it ({@link #stale()}, a concurrent edit); nothing was changed.
 */
@ApplicationException(rollback = true)
public class IllegalMoveException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final boolean stale;

    public IllegalMoveException(String message, boolean stale) {
        super(message);
        this.stale = stale;
    }

    public static IllegalMoveException illegal(String message) {
        return new IllegalMoveException(message, false);
    }

    public static IllegalMoveException staleVersion(long expected, long actual) {
        return new IllegalMoveException("changed meanwhile: you saw version " + expected + ", it is now " + actual, true);
    }

    public boolean stale() {
        return stale;
    }
}

package org.linkage110.platform;

import jakarta.ejb.ApplicationException;

/** The caller read an older version than the one there now (answered as 409 concurrent-change). */
@ApplicationException(rollback = true)
public class StaleVersionException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public StaleVersionException(long expected, long actual) {
        super("you read version " + expected + "; it is at version " + actual + " now: read it again");
    }
}

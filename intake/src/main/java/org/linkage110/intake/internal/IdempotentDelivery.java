package org.linkage110.intake.internal;

import jakarta.ejb.EJBException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * How a delivery identified by the sender's number is taken in exactly once: answer from an
 * earlier delivery if there is one; otherwise insert in a transaction of its own, and if a
 * concurrent delivery of the same number won the unique key meanwhile, answer from it. The caller
 * runs without a transaction, so the second read sees the winner.
 */
public final class IdempotentDelivery {

    private IdempotentDelivery() {
    }

    public static <T> T receive(Supplier<Optional<T>> earlier, Supplier<T> insert) {
        Optional<T> first = earlier.get();
        if (first.isPresent()) {
            return first.get();
        }
        try {
            return insert.get();
        } catch (EJBException e) {
            if (isDuplicateKey(e)) {
                return earlier.get().orElseThrow(() -> e);
            }
            throw e;
        }
    }

    static boolean isDuplicateKey(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLIntegrityConstraintViolationException
                    || String.valueOf(t.getMessage()).contains("Duplicate entry")) {
                return true;
            }
        }
        return false;
    }
}

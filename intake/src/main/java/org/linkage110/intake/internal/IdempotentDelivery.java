package org.linkage110.intake.internal;

import jakarta.ejb.EJBException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * How a delivery identified by the sender's number is taken in exactly once: answer from an
 * earlier delivery if there is one; otherwise insert in a transaction of its own, which gives null
 * when a concurrent delivery of the same number claimed it first (DeliveryClaim), and answer from
 * that one. The caller runs without a transaction, so the second read sees the winner. A failure on
 * the unique key itself (a claim missing for an old row) is answered the same way.
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
            T created = insert.get();
            return created != null ? created
                    : earlier.get().orElseThrow(() -> new IllegalStateException("claimed by a delivery not found"));
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

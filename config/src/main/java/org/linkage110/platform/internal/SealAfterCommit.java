package org.linkage110.platform.internal;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The rule that an audited transaction's events are sealed soon after it commits: once per
 * transaction it asks to be told of the commit, and then seals on a thread of its own — many
 * commits in a row coalescing into one run, as a run queued takes every event committed before it
 * starts. A plain bean, not an EJB: it is called while the transaction completes, where an EJB
 * call would try to suspend and resume a transaction that is ending.
 */
@ApplicationScoped
public class SealAfterCommit {

    private static final Logger LOG = Logger.getLogger(SealAfterCommit.class.getName());

    @Resource
    TransactionSynchronizationRegistry transaction;

    @Resource
    ManagedExecutorService executor;

    @Inject
    AuditSealing sealing;

    private final AtomicBoolean queued = new AtomicBoolean();

    /** In an audited transaction: seal its events once it has committed (asked once per transaction). */
    public void register() {
        if (transaction.getResource(SealAfterCommit.class) != null) {
            return;
        }
        transaction.putResource(SealAfterCommit.class, Boolean.TRUE);
        transaction.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    soon();
                }
            }
        });
    }

    private void soon() {
        if (!queued.compareAndSet(false, true)) {
            return;
        }
        try {
            executor.execute(() -> {
                queued.set(false);
                try {
                    sealing.sealNow();
                } catch (RuntimeException e) {
                    // left waiting: the next run, or the five-second round, seals them
                    LOG.log(Level.WARNING, "audit events not sealed yet: " + e.getMessage(), e);
                }
            });
        } catch (RejectedExecutionException stopping) {
            queued.set(false);
        }
    }
}

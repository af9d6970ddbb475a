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
 * transaction it asks to be told of the commit, and then seals on a thread of its own. One run at a
 * time per server: commits during a run make it go round once more, so a thousand commits a
 * second make a few runs, not a thousand runs queueing on the chain's head (each holding a
 * connection while it waits). A plain bean, not an EJB: it is called while the transaction
 * completes, where an EJB call would try to suspend and resume a transaction that is ending.
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

    /** Commits not yet sealed by a run that started after them. */
    private final AtomicBoolean pending = new AtomicBoolean();

    /** A run is under way: at most one per server, whatever the number of commits. */
    private final AtomicBoolean running = new AtomicBoolean();

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

    void soon() {
        pending.set(true);
        if (running.compareAndSet(false, true)) {
            start();
        }
    }

    private void start() {
        try {
            executor.execute(this::drain);
        } catch (RejectedExecutionException stopping) {
            running.set(false);
        }
    }

    /** Seals until no commit came in during the last run; then lets the next commit start one. */
    private void drain() {
        try {
            while (pending.getAndSet(false)) {
                sealing.sealNow();
            }
        } catch (RuntimeException e) {
            // left waiting: the next run, or the five-second round, seals them
            LOG.log(Level.WARNING, "audit events not sealed yet: " + e.getMessage(), e);
        } finally {
            running.set(false);
        }
        // a commit between the last look and letting go would otherwise wait for the round
        if (pending.get() && running.compareAndSet(false, true)) {
            start();
        }
    }
}

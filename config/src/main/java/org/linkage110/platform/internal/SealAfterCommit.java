package org.linkage110.platform.internal;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.linkage110.platform.OneRunAtATime;

/**
 * The rule that an audited transaction's events are sealed soon after it commits: once per
 * transaction it asks to be told of the commit, and then seals on a thread of its own, one run at a
 * time per server ({@link OneRunAtATime}): a thousand commits a second make a few runs, not a
 * thousand queueing on the chain's head. A plain bean, not an EJB: it is called while the transaction
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

    private OneRunAtATime runs;

    @PostConstruct
    void init() {
        runs = new OneRunAtATime(executor, this::sealOnce, pending::get, () -> { }, OneRunAtATime.LINGER);
    }

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
        runs.ask();
    }

    /** One round: seals what waited, if a commit came in since the last; a failure ends the run. */
    private boolean sealOnce() {
        if (!pending.getAndSet(false)) {
            return false;
        }
        try {
            sealing.sealNow();
            return true;
        } catch (RuntimeException e) {
            // left waiting: the next run, or the five-second round, seals them
            LOG.log(Level.WARNING, "audit events not sealed yet: " + e.getMessage(), e);
            return false;
        }
    }
}

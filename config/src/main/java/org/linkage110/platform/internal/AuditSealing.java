package org.linkage110.platform.internal;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.linkage110.platform.DatabaseMigrations;

/**
 * When events are sealed besides soon after their commit ({@link SealAfterCommit}): every five
 * seconds for what those runs missed (another server's events, a server stopped before its run),
 * and at once before the chain is verified.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class AuditSealing {

    private static final Logger LOG = Logger.getLogger(AuditSealing.class.getName());

    @Inject
    AuditSealer sealer;

    /** The round under way: a round that comes while the last one still waits on the head is skipped. */
    private final AtomicBoolean rounding = new AtomicBoolean();

    /** Seals everything that waits now (committed before this call), batch after batch. */
    public long sealNow() {
        long sealed = 0;
        while (sealer.anyWaiting()) {
            int batch = sealer.sealBatch();
            if (batch == 0) {
                break;
            }
            sealed += batch;
        }
        return sealed;
    }

    @Schedule(hour = "*", minute = "*", second = "*/5", persistent = false, info = "audit sealing")
    void catchUp() {
        if (!DatabaseMigrations.schemaInPlace() || !rounding.compareAndSet(false, true)) {
            return;
        }
        try {
            sealNow();
        } catch (RuntimeException e) {
            // left waiting: the next round seals them
            LOG.log(Level.WARNING, "audit events not sealed yet: " + e.getMessage(), e);
        } finally {
            rounding.set(false);
        }
    }
}

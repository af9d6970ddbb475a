package org.linkage110.platform.internal;

import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.linkage110.platform.AuditedChange;

/**
 * The audit events of one transaction, appended to the chain when the transaction is about to
 * commit: after every persistence unit has written its rows (an interposed synchronization runs
 * after theirs), the chain's head is locked, the events take the next ids and hashes, and the head
 * moves, all on the transaction's own connection. The head's lock, which every audited transaction
 * needs, is so held for those few statements and the commit only, not for the business work before
 * them; and no transaction waits for a pooled connection while it holds the lock. A transaction
 * that rolls back writes nothing and leaves the head where it was.
 */
public final class PendingAudit implements Synchronization {

    /** The key of a transaction's pending events in the synchronization registry. */
    public static final Object KEY = PendingAudit.class;

    private record Entry(Instant occurredAt, String actor, AuditedChange change) {
    }

    private final DataSource dataSource;
    private final TransactionSynchronizationRegistry registry;
    private final List<Entry> entries = new ArrayList<>();
    private boolean deferred;

    public PendingAudit(DataSource dataSource, TransactionSynchronizationRegistry registry) {
        this.dataSource = dataSource;
        this.registry = registry;
    }

    public void add(Instant occurredAt, String actor, AuditedChange change) {
        entries.add(new Entry(AuditHash.asStored(occurredAt), actor, change));
    }

    @Override
    public void beforeCompletion() {
        if (entries.isEmpty() || registry.getTransactionStatus() != Status.STATUS_ACTIVE) {
            return;
        }
        if (!deferred) {
            // a persistence unit first used after the first event registered its own flush after
            // this one: go behind it, so that no flush (nor its wait for a connection) comes after
            // the head is locked
            deferred = true;
            try {
                registry.registerInterposedSynchronization(this);
                return;
            } catch (IllegalStateException tooLate) {
                // the transaction takes no more: append now
            }
        }
        try (Connection connection = dataSource.getConnection()) {
            append(connection);
        } catch (SQLException | RuntimeException e) {
            registry.setRollbackOnly();
            throw new IllegalStateException("the audit events could not be appended; the transaction rolls back", e);
        }
    }

    private void append(Connection connection) throws SQLException {
        long lastId;
        String lastHash;
        try (PreparedStatement head = connection.prepareStatement(
                "SELECT last_id, last_hash FROM platform_audit_chain WHERE id = ? FOR UPDATE")) {
            head.setInt(1, AuditChainHead.THE_CHAIN);
            try (ResultSet row = head.executeQuery()) {
                if (!row.next()) {
                    throw new IllegalStateException("the audit chain has no head row");
                }
                lastId = row.getLong(1);
                lastHash = row.getString(2);
            }
        }
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO platform_audit_event (id, action, actor, "
                + "state_after, state_before, row_hash, occurred_at, prev_hash, subject_id, subject_type) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (Entry entry : entries) {
                AuditEvent event = new AuditEvent(lastId + 1, lastHash, entry.occurredAt(), entry.actor(), entry.change());
                event.bind(insert);
                insert.addBatch();
                lastId = event.id();
                lastHash = event.hash();
            }
            insert.executeBatch();
        }
        try (PreparedStatement move = connection.prepareStatement(
                "UPDATE platform_audit_chain SET last_id = ?, last_hash = ? WHERE id = ?")) {
            move.setLong(1, lastId);
            move.setString(2, lastHash);
            move.setInt(3, AuditChainHead.THE_CHAIN);
            move.executeUpdate();
        }
    }

    @Override
    public void afterCompletion(int status) {
        entries.clear(); // called once per registration; the second finds nothing left
    }
}

package org.linkage110.platform.internal;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.util.concurrent.atomic.AtomicBoolean;
import org.linkage110.platform.DatabaseMigrations;

/** Every two seconds, delivers whatever is due in the outbox (a bounded batch per run). */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class OutboxSender {

    private static final int BATCH = 100;

    @Inject
    OutboxDelivery delivery;

    @Inject
    DatabaseMigrations migrations;

    private final AtomicBoolean running = new AtomicBoolean();

    @Schedule(hour = "*", minute = "*", second = "*/2", persistent = false)
    void deliverDue() {
        if (!org.linkage110.platform.DatabaseMigrations.schemaInPlace() || !running.compareAndSet(false, true)) {
            return;
        }
        try {
            migrations.migratedModules();
            for (int i = 0; i < BATCH && delivery.deliverNext(); i++) {
                // one message per transaction
            }
        } finally {
            running.set(false);
        }
    }
}

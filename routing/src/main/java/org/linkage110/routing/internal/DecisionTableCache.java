package org.linkage110.routing.internal;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * The decision table as last read, so that proposing an order (every intake) does not read the
 * rules again. An edit of the table ({@link RuleBook}) drops it twice: at once, and when the edit's
 * transaction has ended, so that a proposal read between the two — the edit not yet committed —
 * is not kept. A table read on another node's edit is not told of it: it is read again after
 * {@link #MAX_AGE} at the latest.
 */
@ApplicationScoped
public class DecisionTableCache {

    static final Duration MAX_AGE = Duration.ofSeconds(30);

    private record Kept(DecisionTable table, long readAt, long generation) {
    }

    private final AtomicLong generation = new AtomicLong();
    private volatile Kept kept;

    @Resource
    TransactionSynchronizationRegistry registry;

    /** The table, read with {@code read} when none is kept or the kept one is too old or stale. */
    public DecisionTable table(Supplier<DecisionTable> read) {
        Kept now = kept;
        long current = generation.get();
        if (now != null && now.generation() == current && System.nanoTime() - now.readAt() < MAX_AGE.toNanos()) {
            return now.table();
        }
        DecisionTable table = read.get();
        if (generation.get() == current) {
            kept = new Kept(table, System.nanoTime(), current);
        }
        return table;
    }

    /** The table changes in the current transaction: read it again from now on and once it ends. */
    public void changed() {
        generation.incrementAndGet();
        kept = null;
        registry.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                generation.incrementAndGet();
                kept = null;
            }
        });
    }
}

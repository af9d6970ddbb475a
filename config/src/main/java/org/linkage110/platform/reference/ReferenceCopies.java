package org.linkage110.platform.reference;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * Copies of reference data as last read, so that what every intake looks up (a taxonomy item, the
 * questions asked for it, an item's listed units, a unit's tier) is not read again each time. A
 * change of a kind ({@link ReferenceDataChanged}, fired on the server that made it and on every
 * other server of a cluster) drops that kind's copies twice: when it is made, and when its
 * transaction has ended, so that a copy read in between (the change not yet committed, or rolled
 * back) is not kept. A change made behind the application's back (a migration, SQL by hand) is
 * read within {@link #MAX_AGE}.
 */
@ApplicationScoped
public class ReferenceCopies {

    static final Duration MAX_AGE = Duration.ofSeconds(30);

    private record Key(String kind, Object key) {
    }

    private record Kept(Object value, long generation, long readAt) {
    }

    private final Map<String, AtomicLong> generations = new ConcurrentHashMap<>();
    private final Map<Key, Kept> kept = new ConcurrentHashMap<>();
    private final LongSupplier nanoTime;

    public ReferenceCopies() {
        this(System::nanoTime);
    }

    ReferenceCopies(LongSupplier nanoTime) {
        this.nanoTime = nanoTime;
    }

    /**
     * The copy of {@code kind}'s entry {@code key}, read with {@code read} when none is kept, or the
     * kept one is older than the kind's last change or than {@link #MAX_AGE}. A read that returns
     * null is not kept.
     */
    @SuppressWarnings("unchecked")
    public <V> V of(String kind, Object key, Supplier<V> read) {
        Key at = new Key(kind, key);
        long generation = generation(kind).get();
        Kept copy = kept.get(at);
        long now = nanoTime.getAsLong();
        if (copy != null && copy.generation() == generation && now - copy.readAt() < MAX_AGE.toNanos()) {
            return (V) copy.value();
        }
        V value = read.get();
        if (value != null && generation(kind).get() == generation) {
            kept.put(at, new Kept(value, generation, now));
        }
        return value;
    }

    void onChange(@Observes ReferenceDataChanged change) {
        drop(change.kind());
    }

    void onEnded(@Observes(during = TransactionPhase.AFTER_COMPLETION) ReferenceDataChanged change) {
        drop(change.kind());
    }

    void drop(String kind) {
        generation(kind).incrementAndGet();
        kept.keySet().removeIf(key -> key.kind().equals(kind));
    }

    private AtomicLong generation(String kind) {
        return generations.computeIfAbsent(kind, k -> new AtomicLong());
    }
}

package org.linkage110.platform.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.enterprise.concurrent.ManagedExecutorService;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SealAfterCommitTest {

    private final ExecutorService threads = Executors.newFixedThreadPool(8);
    private final ExecutorService committers = Executors.newFixedThreadPool(8);

    /** A sealing that takes its time, counting how many runs are under way at once. */
    private static final class SlowSealing extends AuditSealing {
        final AtomicInteger atOnce = new AtomicInteger();
        final AtomicInteger mostAtOnce = new AtomicInteger();
        final AtomicInteger runs = new AtomicInteger();
        final AtomicLong lastStartedAt = new AtomicLong();

        @Override
        public long sealNow() {
            lastStartedAt.set(System.nanoTime());
            mostAtOnce.accumulateAndGet(atOnce.incrementAndGet(), Math::max);
            runs.incrementAndGet();
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            atOnce.decrementAndGet();
            return 0;
        }
    }

    @AfterEach
    void stop() {
        threads.shutdownNow();
        committers.shutdownNow();
    }

    @Test
    void manyCommitsAtOnceMakeOneRunAtATimeAndTheLastCommitIsSealedAfterItCame() throws Exception {
        SlowSealing sealing = new SlowSealing();
        SealAfterCommit afterCommit = new SealAfterCommit();
        afterCommit.sealing = sealing;
        afterCommit.executor = (ManagedExecutorService) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {ManagedExecutorService.class}, (proxy, method, args) -> {
                    if (!method.getName().equals("execute")) {
                        throw new UnsupportedOperationException(method.getName());
                    }
                    threads.execute((Runnable) args[0]);
                    return null;
                });
        afterCommit.init();
        CountDownLatch done = new CountDownLatch(2000);
        AtomicLong lastCommit = new AtomicLong();
        for (int i = 0; i < 2000; i++) {
            committers.execute(() -> {
                lastCommit.accumulateAndGet(System.nanoTime(), Math::max);
                afterCommit.soon();
                done.countDown();
            });
        }
        assertThat(done.await(30, TimeUnit.SECONDS)).isTrue();

        // every commit is followed by a run that starts after it: the last one's too
        await().atMost(Duration.ofSeconds(10))
                .until(() -> sealing.atOnce.get() == 0 && sealing.lastStartedAt.get() >= lastCommit.get());
        assertThat(sealing.mostAtOnce.get()).as("runs under way at once").isEqualTo(1);
        assertThat(sealing.runs.get()).as("runs for 2000 commits").isBetween(1, 2000);

        int runs = sealing.runs.get();
        afterCommit.soon();
        await().atMost(Duration.ofSeconds(10)).until(() -> sealing.runs.get() == runs + 1 && sealing.atOnce.get() == 0);
    }
}

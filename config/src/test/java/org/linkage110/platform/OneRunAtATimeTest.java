package org.linkage110.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class OneRunAtATimeTest {

    private final ExecutorService threads = Executors.newCachedThreadPool();

    @AfterEach
    void stop() {
        threads.shutdownNow();
    }

    @Test
    void asksDuringARunMakeItGoRoundAgainInsteadOfStartingAnother() throws Exception {
        AtomicInteger waiting = new AtomicInteger();
        AtomicInteger rounds = new AtomicInteger();
        AtomicInteger starts = new AtomicInteger();
        CountDownLatch inFirstRound = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        OneRunAtATime runs = new OneRunAtATime(counting(starts), () -> {
            if (waiting.getAndSet(0) == 0) {
                return false;
            }
            inFirstRound.countDown();
            hold(release);
            rounds.incrementAndGet();
            return true;
        }, () -> waiting.get() > 0, () -> { }, Duration.ZERO);
        waiting.incrementAndGet();
        runs.ask();
        assertThat(inFirstRound.await(5, TimeUnit.SECONDS)).isTrue();
        for (int i = 0; i < 100; i++) {
            waiting.incrementAndGet();
            runs.ask();
        }
        release.countDown();
        await().atMost(Duration.ofSeconds(5)).until(() -> waiting.get() == 0 && rounds.get() == 2);
        assertThat(starts.get()).as("runs started for 101 asks").isEqualTo(1);
    }

    @Test
    void whatComesInAsARunFindsNoMoreWorkIsTakenAllTheSame() {
        AtomicInteger waiting = new AtomicInteger();
        AtomicInteger starts = new AtomicInteger();
        AtomicInteger looks = new AtomicInteger();
        OneRunAtATime runs = new OneRunAtATime(counting(starts), () -> {
            if (looks.incrementAndGet() == 1) {
                waiting.set(1); // came in just as the round found nothing
                return false;
            }
            return waiting.getAndSet(0) > 0;
        }, () -> waiting.get() > 0, () -> { }, Duration.ZERO);
        runs.ask();
        await().atMost(Duration.ofSeconds(5)).until(() -> waiting.get() == 0 && looks.get() >= 2);
        assertThat(starts.get()).isBetween(1, 2);
    }

    @Test
    void anAskWhileTheRunLingersIsTakenByItWithoutStartingAnother() throws Exception {
        AtomicInteger waiting = new AtomicInteger();
        AtomicInteger starts = new AtomicInteger();
        AtomicInteger taken = new AtomicInteger();
        OneRunAtATime runs = new OneRunAtATime(counting(starts), () -> {
            if (waiting.getAndSet(0) == 0) {
                return false;
            }
            taken.incrementAndGet();
            return true;
        }, () -> waiting.get() > 0, () -> { }, Duration.ofSeconds(10));
        waiting.incrementAndGet();
        runs.ask();
        await().atMost(Duration.ofSeconds(5)).until(() -> taken.get() == 1);
        long asked = System.nanoTime();
        waiting.incrementAndGet();
        runs.ask();
        await().atMost(Duration.ofSeconds(5)).until(() -> taken.get() == 2);
        assertThat(Duration.ofNanos(System.nanoTime() - asked)).as("taken at the ask, not after the linger")
                .isLessThan(Duration.ofSeconds(5));
        assertThat(starts.get()).as("runs started").isEqualTo(1);
    }

    @Test
    void afterTheLingerTheRunLetsGoAndTheNextAskStartsAnother() {
        AtomicInteger waiting = new AtomicInteger();
        AtomicInteger starts = new AtomicInteger();
        OneRunAtATime runs = new OneRunAtATime(counting(starts), () -> waiting.getAndSet(0) > 0, () -> waiting.get() > 0, () -> { }, Duration.ofMillis(20));
        waiting.incrementAndGet();
        runs.ask();
        await().atMost(Duration.ofSeconds(5)).until(() -> waiting.get() == 0);
        await().pollDelay(Duration.ofMillis(200)).atMost(Duration.ofSeconds(5)).until(() -> true);
        waiting.incrementAndGet();
        runs.ask();
        await().atMost(Duration.ofSeconds(5)).until(() -> waiting.get() == 0);
        assertThat(starts.get()).isEqualTo(2);
    }

    @Test
    void aRefusedStartHandsWhatWaitsBackAndLetsTheNextAskTryAgain() {
        threads.shutdown();
        AtomicInteger refused = new AtomicInteger();
        OneRunAtATime runs = new OneRunAtATime(threads, () -> false, () -> false, refused::incrementAndGet,
                Duration.ZERO);
        runs.ask();
        runs.ask();
        assertThat(refused.get()).as("each ask tried to start a run").isEqualTo(2);
    }

    /** The test's threads, counting the runs started on them. */
    private java.util.concurrent.Executor counting(AtomicInteger starts) {
        return task -> {
            starts.incrementAndGet();
            threads.execute(task);
        };
    }

    private static void hold(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

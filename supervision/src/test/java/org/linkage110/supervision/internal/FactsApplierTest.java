package org.linkage110.supervision.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class FactsApplierTest {

    /** Records every group it is given; fails for the orders in {@code failing}, blocks on the first group until released. */
    private static final class Recording extends OrderFacts {
        final List<List<Long>> groups = new CopyOnWriteArrayList<>();
        final CountDownLatch firstStarted = new CountDownLatch(1);
        final CountDownLatch release;
        final Set<Long> failing;

        Recording(CountDownLatch release, Set<Long> failing) {
            this.release = release;
            this.failing = failing;
        }

        @Override
        public Set<Long> apply(Collection<Long> incidentIds) {
            groups.add(List.copyOf(incidentIds));
            firstStarted.countDown();
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            if (incidentIds.stream().anyMatch(failing::contains)) {
                throw new IllegalStateException("Deadlock found when trying to get lock");
            }
            return Set.copyOf(incidentIds);
        }
    }

    private final ExecutorService threads = Executors.newCachedThreadPool();

    @AfterEach
    void stop() {
        threads.shutdownNow();
    }

    @Test
    void ordersCommittedDuringARunAreAppliedTogetherInTheNext() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        Recording facts = new Recording(release, Set.of());
        FactsApplier applier = new FactsApplier(facts, threads);
        CompletableFuture<Boolean> first = applier.apply(1);
        assertThat(facts.firstStarted.await(5, TimeUnit.SECONDS)).isTrue();
        List<CompletableFuture<Boolean>> later = List.of(applier.apply(3), applier.apply(2), applier.apply(3));
        assertThat(first).isNotDone();
        release.countDown();
        assertThat(first.get(5, TimeUnit.SECONDS)).isTrue();
        for (CompletableFuture<Boolean> one : later) {
            assertThat(one.get(5, TimeUnit.SECONDS)).isTrue();
        }
        // the same order asked twice is applied once, and the group in id order
        assertThat(facts.groups).containsExactly(List.of(1L), List.of(2L, 3L));
    }

    @Test
    void aGroupThatKeepsFailingIsAppliedOrderByOrderSoThatOneFailureHoldsBackNoOther() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        Recording facts = new Recording(release, Set.of(5L));
        FactsApplier applier = new FactsApplier(facts, threads);
        CompletableFuture<Boolean> first = applier.apply(1);
        assertThat(facts.firstStarted.await(5, TimeUnit.SECONDS)).isTrue();
        CompletableFuture<Boolean> failing = applier.apply(5);
        CompletableFuture<Boolean> fine = applier.apply(4);
        release.countDown();
        assertThat(first.get(5, TimeUnit.SECONDS)).isTrue();
        assertThat(failing.get(5, TimeUnit.SECONDS)).isFalse();
        assertThat(fine.get(5, TimeUnit.SECONDS)).isTrue();
        assertThat(facts.groups).containsExactly(List.of(1L), List.of(4L, 5L), List.of(4L, 5L), List.of(4L, 5L),
                List.of(5L), List.of(4L));
    }

    @Test
    void anOrderAskingAfterARunEndedStartsTheNext() throws Exception {
        CountDownLatch released = new CountDownLatch(0);
        Recording facts = new Recording(released, Set.of());
        FactsApplier applier = new FactsApplier(facts, threads);
        for (long order = 1; order <= 50; order++) {
            assertThat(applier.apply(order).get(5, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(facts.groups).hasSize(50);
    }

    @Test
    void aStoppingServerAnswersThatTheFactsAreLeftToTheNightlyCheck() throws Exception {
        threads.shutdown();
        FactsApplier applier = new FactsApplier(new Recording(new CountDownLatch(0), Set.of()), threads);
        assertThat(applier.apply(1).get(1, TimeUnit.SECONDS)).isFalse();
    }
}

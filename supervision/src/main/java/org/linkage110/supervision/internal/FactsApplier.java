package org.linkage110.supervision.internal;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.linkage110.platform.OneRunAtATime;

/**
 * Applies committed orders' changes to the daily facts in groups: one run at a time per server
 * ({@link OneRunAtATime}), on a thread of the container's, takes every order that asked meanwhile and applies them in one
 * transaction ({@link OrderFacts#apply}). At a call a minute that is one order per run, as before; at
 * a hundred a second it is one transaction for the several orders committed during the last one,
 * instead of a transaction each queueing on the same daily rows. A group that fails (a deadlock lost
 * to another server) is tried again; should it fail every time, each of its orders is tried alone, so
 * that one order's failure holds back no other. What is not applied in the end the nightly check
 * repairs.
 */
@ApplicationScoped
public class FactsApplier {

    static final int MOST_PER_RUN = 200;
    static final int TRIES = 3;
    private static final Logger LOG = Logger.getLogger(FactsApplier.class.getName());

    private record Asked(long order, CompletableFuture<Boolean> applied) {
    }

    @Resource
    ManagedExecutorService container;

    @Inject
    OrderFacts facts;

    private final ConcurrentLinkedQueue<Asked> asked = new ConcurrentLinkedQueue<>();
    private OneRunAtATime runs;

    public FactsApplier() {
    }

    FactsApplier(OrderFacts facts, Executor executor) {
        this.facts = facts;
        runOn(executor);
    }

    @PostConstruct
    void init() {
        runOn(container);
    }

    private void runOn(Executor executor) {
        runs = new OneRunAtATime(executor, this::applyNextGroup, () -> !asked.isEmpty(), () -> {
            for (Asked left; (left = asked.poll()) != null; ) {
                left.applied().complete(false);
            }
        }, OneRunAtATime.LINGER);
    }

    /** Applies the order's committed change soon: whether its facts are current (false: left to the nightly check). */
    public CompletableFuture<Boolean> apply(long order) {
        Asked one = new Asked(order, new CompletableFuture<>());
        asked.add(one);
        runs.ask();
        return one.applied();
    }

    /** One round: the orders that asked since the last, as a group; false when none did. */
    private boolean applyNextGroup() {
        List<Asked> group = take();
        if (group.isEmpty()) {
            return false;
        }
        applyGroup(group);
        return true;
    }

    private List<Asked> take() {
        List<Asked> group = new ArrayList<>();
        for (Asked next; group.size() < MOST_PER_RUN && (next = asked.poll()) != null; ) {
            group.add(next);
        }
        return group;
    }

    private void applyGroup(List<Asked> group) {
        TreeSet<Long> orders = new TreeSet<>();
        group.forEach(one -> orders.add(one.order()));
        boolean applied = tryApplying(orders, TRIES);
        for (Asked one : group) {
            one.applied().complete(applied || orders.size() > 1 && tryApplying(new TreeSet<>(List.of(one.order())), 1));
        }
    }

    private boolean tryApplying(TreeSet<Long> orders, int tries) {
        for (int attempt = 1; attempt <= tries; attempt++) {
            try {
                facts.apply(orders);
                return true;
            } catch (RuntimeException e) {
                int at = attempt;
                LOG.log(at == tries ? Level.WARNING : Level.FINE, e, () -> "the facts of orders " + orders
                        + " were not applied (try " + at + " of " + tries + "); the nightly check repairs them");
            }
        }
        return false;
    }
}

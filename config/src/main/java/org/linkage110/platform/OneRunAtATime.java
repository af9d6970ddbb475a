package org.linkage110.platform;

import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;

/**
 * Work done after commits on a thread of its own, one run at a time per server: asking while a run
 * is under way makes that run go round once more instead of starting another, so a thousand asks a
 * second make a few runs, not a thousand queueing on the same rows (each holding a connection while
 * it waits). A run goes round while a round finds work; after letting go it looks once more, since
 * whoever asked between its last look and letting go would otherwise wait for the next ask.
 */
public final class OneRunAtATime {

    private final Executor executor;
    private final BooleanSupplier round;
    private final BooleanSupplier waiting;
    private final Runnable refused;
    private final AtomicBoolean running = new AtomicBoolean();

    /**
     * @param executor where runs start (the container's)
     * @param round    one round of the work: whether it found any (false ends the run)
     * @param waiting  whether anything is waiting for a round
     * @param refused  what to do with what waits when the executor refuses to start a run (the server stops)
     */
    public OneRunAtATime(Executor executor, BooleanSupplier round, BooleanSupplier waiting, Runnable refused) {
        this.executor = executor;
        this.round = round;
        this.waiting = waiting;
        this.refused = refused;
    }

    /** Something is waiting: starts a run unless one is under way, which then takes it. */
    public void ask() {
        if (running.compareAndSet(false, true)) {
            try {
                executor.execute(this::run);
            } catch (RejectedExecutionException stopping) {
                running.set(false);
                refused.run();
            }
        }
    }

    private void run() {
        try {
            while (round.getAsBoolean()) {
                // each round takes what waited when it began
            }
        } finally {
            running.set(false);
        }
        if (waiting.getAsBoolean()) {
            ask();
        }
    }
}

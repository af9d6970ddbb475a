package org.linkage110.platform;

import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;

/**
 * Work done after commits on a thread of its own, one run at a time per server: asking while a run
 * is under way makes that run go round once more instead of starting another, so a thousand asks a
 * second make a few runs, not a thousand queueing on the same rows (each holding a connection while
 * it waits). A run goes round while a round finds work, then waits a moment ({@code linger}) for the
 * next ask before it lets go: under load the next ask comes within it, and starting a run on the
 * container's executor costs more than the round (it captures the caller's contexts anew). After
 * letting go it looks once more, since whoever asked between its last look and letting go would
 * otherwise wait for the next ask.
 */
public final class OneRunAtATime {

    /** The linger of the work after commits: longer than the gap between two commits under load. */
    public static final java.time.Duration LINGER = java.time.Duration.ofMillis(50);

    private final Executor executor;
    private final BooleanSupplier round;
    private final BooleanSupplier waiting;
    private final Runnable refused;
    private final long lingerNanos;
    private final AtomicBoolean running = new AtomicBoolean();
    private final Object asked = new Object();

    /**
     * @param executor where runs start (the container's)
     * @param round    one round of the work: whether it found any (false ends the run)
     * @param waiting  whether anything is waiting for a round
     * @param refused  what to do with what waits when the executor refuses to start a run (the server stops)
     * @param linger   how long a run that found no more work waits for the next ask before it lets go
     */
    public OneRunAtATime(Executor executor, BooleanSupplier round, BooleanSupplier waiting, Runnable refused,
                         java.time.Duration linger) {
        this.executor = executor;
        this.round = round;
        this.waiting = waiting;
        this.refused = refused;
        this.lingerNanos = linger.toNanos();
    }

    /** Something is waiting: starts a run unless one is under way, which then takes it. */
    public void ask() {
        if (running.get()) {
            synchronized (asked) {
                asked.notifyAll();
            }
        }
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
            do {
                while (round.getAsBoolean()) {
                    // each round takes what waited when it began
                }
            } while (askedWithin());
        } finally {
            running.set(false);
        }
        if (waiting.getAsBoolean()) {
            ask();
        }
    }

    /** Waits up to the linger for something to wait for a round: whether something does. */
    private boolean askedWithin() {
        long until = System.nanoTime() + lingerNanos;
        synchronized (asked) {
            for (long left = lingerNanos; !waiting.getAsBoolean() && left > 0; left = until - System.nanoTime()) {
                try {
                    asked.wait(left / 1_000_000, (int) (left % 1_000_000));
                } catch (InterruptedException stopping) {
                    Thread.currentThread().interrupt();
                    return false;
                }
            }
            return waiting.getAsBoolean();
        }
    }
}

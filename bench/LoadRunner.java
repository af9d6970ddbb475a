import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import org.HdrHistogram.Histogram;

/**
 * The load generator of the benchmarks that set the application beside a bare JDBC baseline
 * (bench/intake.sh, bench/actions.sh).
 *
 * <p>The load is open loop: request i is due at start + i / rate whatever happened to the ones
 * before, and its latency is counted from when it was due, not from when a connection was free to
 * send it (coordinated omission corrected, as wrk2 does); "max" is closed loop, each connection
 * sending its next request when the last one is answered.
 */
public final class LoadRunner {

    public interface Call {
        /** One request; true when it succeeded. */
        boolean call(long seq) throws Exception;
    }

    public interface Caller {
        Call open() throws Exception;
    }

    /** One request's statements, replayed by a thread of the baseline on its own connection. */
    public interface Replay {
        void replay(Statement st, long thread, long seq) throws Exception;
    }

    public record Result(String name, long ok, long failed, double seconds, Histogram corrected) {
        public double perSecond() {
            return ok / seconds;
        }

        public double ms(double percentile) {
            return corrected.getValueAtPercentile(percentile) / 1e6;
        }
    }

    /** rate:PER_SECOND:CONNECTIONS (open loop) or max:CONNECTIONS (closed loop, rate 0). */
    public record Load(String name, double rate, int connections) {
        public static Load parse(String spec) {
            String[] s = spec.split(":");
            boolean max = s[0].equals("max");
            double rate = max ? 0 : Double.parseDouble(s[1]);
            int connections = Integer.parseInt(s[max ? 1 : 2]);
            return new Load(max ? "max×" + connections : (int) rate + "/s×" + connections, rate, connections);
        }
    }

    static final AtomicLong FAILURES_SHOWN = new AtomicLong();

    private LoadRunner() {
    }

    /** The first few failures are shown, the rest only counted. */
    public static void showFailure(String what) {
        if (FAILURES_SHOWN.incrementAndGet() <= 5) {
            System.err.println(what);
        }
    }

    public static Result run(String name, Caller caller, double rate, int connections, int seconds) throws Exception {
        return run(name, caller, rate, connections, seconds, Long.MAX_VALUE);
    }

    /**
     * rate 0: closed loop, as fast as it goes. At most {@code limit} requests are sent (the run ends
     * early when they are done). A request still unanswered 35 s after the end (the client's timeout
     * and some) is counted as failed with the latency it had by then, so that a server that stops
     * answering ends the run instead of holding it.
     */
    public static Result run(String name, Caller caller, double rate, int connections, int seconds, long limit)
            throws Exception {
        AtomicLong next = new AtomicLong();
        AtomicLong ok = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        long interval = rate > 0 ? (long) (1e9 / rate) : 0;
        List<Histogram> histograms = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        long[] inFlight = new long[connections];
        long start = System.nanoTime() + 50_000_000L;
        long end = start + seconds * 1_000_000_000L;
        for (int t = 0; t < connections; t++) {
            Histogram h = new Histogram(60_000_000_000L, 3);
            histograms.add(h);
            Call call = caller.open();
            int me = t;
            Thread thread = new Thread(() -> {
                while (true) {
                    long i = next.getAndIncrement();
                    long due = interval > 0 ? start + i * interval : Math.max(System.nanoTime(), start);
                    if (due >= end || i >= limit) {
                        return;
                    }
                    for (long wait; (wait = due - System.nanoTime()) > 0; ) {
                        LockSupport.parkNanos(wait);
                    }
                    synchronized (h) {
                        inFlight[me] = due;
                    }
                    boolean success;
                    try {
                        success = call.call(i);
                    } catch (Exception e) {
                        showFailure(name + ": " + e);
                        success = false;
                    }
                    long done = System.nanoTime();
                    synchronized (h) {
                        if (inFlight[me] == 0) {
                            return; // counted at the cut-off
                        }
                        inFlight[me] = 0;
                        h.recordValue(Math.min(done - due, h.getHighestTrackableValue()));
                        (success ? ok : failed).incrementAndGet();
                    }
                }
            });
            thread.setDaemon(true);
            threads.add(thread);
        }
        threads.forEach(Thread::start);
        long cutOff = end + 35_000_000_000L;
        for (Thread t : threads) {
            t.join(Math.max(1, (cutOff - System.nanoTime()) / 1_000_000));
        }
        long now = System.nanoTime();
        for (int t = 0; t < connections; t++) {
            Histogram h = histograms.get(t);
            synchronized (h) {
                if (inFlight[t] != 0) {
                    h.recordValue(Math.min(now - inFlight[t], h.getHighestTrackableValue()));
                    failed.incrementAndGet();
                    inFlight[t] = 0;
                }
            }
        }
        double took = (Math.min(now, cutOff) - start) / 1e9;
        Histogram all = new Histogram(60_000_000_000L, 3);
        for (Histogram h : histograms) {
            synchronized (h) {
                all.add(h);
            }
        }
        return new Result(name, ok.get(), failed.get(), took, all);
    }

    /** The baseline: one connection per thread, one transaction per request. */
    public static Caller jdbc(String url, String user, String password, Replay replay) {
        AtomicLong thread = new AtomicLong();
        return () -> {
            long me = thread.incrementAndGet();
            Connection c = DriverManager.getConnection(url, user, password);
            c.setAutoCommit(false);
            Statement st = c.createStatement();
            return seq -> {
                try {
                    replay.replay(st, me, seq);
                    c.commit();
                    return true;
                } catch (Exception e) {
                    c.rollback();
                    throw e;
                }
            };
        };
    }

    /** Statements read from MariaDB's general log, one base64 line each. */
    public static List<String> statements(Path file) throws Exception {
        return Files.readAllLines(file).stream().filter(l -> !l.isBlank())
                .map(l -> new String(Base64.getMimeDecoder().decode(l), StandardCharsets.UTF_8)).toList();
    }

    /** Executes an insert; the key it generated. */
    public static long insert(Statement st, String sql) throws Exception {
        st.execute(sql, Statement.RETURN_GENERATED_KEYS);
        try (ResultSet keys = st.getGeneratedKeys()) {
            keys.next();
            return keys.getLong(1);
        }
    }

    public static void header() {
        System.out.printf("%n%-12s %-6s %10s %10s %8s %8s %8s %8s %7s%n", "load", "side", "done/s", "failed",
                "p50 ms", "p90 ms", "p99 ms", "max ms", "ratio");
    }

    public static void print(String load, String side, Result r, String ratio) {
        System.out.printf("%-12s %-6s %10.1f %10d %8.1f %8.1f %8.1f %8.1f %7s%n", load, side, r.perSecond(), r.failed(),
                r.ms(50), r.ms(90), r.ms(99), r.ms(100), ratio);
    }

    /** A row of results.md: the application's side, the baseline's, their ratio and the app's failures. */
    public static String row(String load, Result app, Result bare) {
        return String.format("| %s | %.0f | %.1f | %.1f | %.1f | %.0f | %.0f | %.1f | %.1f | %.1f | %.3f | %d |", load,
                app.perSecond(), app.ms(50), app.ms(90), app.ms(99), app.ms(100), bare.perSecond(), bare.ms(50),
                bare.ms(99), bare.ms(100), app.perSecond() / bare.perSecond(), app.failed());
    }
}

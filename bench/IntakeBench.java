import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.HdrHistogram.Histogram;

/**
 * Intake over HTTP against a bare JDBC baseline, at the same schedule and concurrency, back to back.
 *
 * <p>The load is open loop: request i is due at start + i / rate whatever happened to the ones
 * before, and its latency is counted from when it was due, not from when a connection was free to
 * send it (coordinated omission corrected, as wrk2 does); "max" is closed loop, each connection
 * sending its next request when the last one is answered. Every request is a new incident (its own
 * external number, caller and address), so none is a repeat call.
 *
 * <p>The baseline replays, over plain JDBC with one transaction per incident and one connection per
 * thread, exactly the statements one intake issued (read from MariaDB's general log by
 * bench/intake.sh, one base64 line each): the external number is made unique, the incident's id is
 * the one the baseline's own insert got, and each audit event's waiting row names the id the
 * baseline's own insert of that event got. What the sealer does after commit (a batch for many
 * intakes, on a connection of its own) is not part of an intake's transaction and is not replayed.
 *
 * <p>Arguments: base-url api-key jdbc-url user password statements-file captured-number captured-id
 * seconds results-file scenario... where a scenario is rate:PER_SECOND:CONNECTIONS or max:CONNECTIONS.
 */
public class IntakeBench {

    interface Call {
        /** One request; true when it succeeded. */
        boolean call(long seq) throws Exception;
    }

    interface Caller {
        Call open() throws Exception;
    }

    record Result(String name, long ok, long failed, double seconds, Histogram corrected) {
        double perSecond() {
            return ok / seconds;
        }

        double ms(double percentile) {
            return corrected.getValueAtPercentile(percentile) / 1e6;
        }
    }

    static final AtomicLong SERIAL = new AtomicLong();
    static final AtomicLong FAILURES_SHOWN = new AtomicLong();
    static final String RUN = Long.toString(System.currentTimeMillis() % 100_000_000L, 36);

    public static void main(String[] args) throws Exception {
        String base = args[0];
        String apiKey = args[1];
        String jdbcUrl = args[2];
        String user = args[3];
        String password = args[4];
        List<String> statements = Files.readAllLines(Path.of(args[5])).stream()
                .filter(l -> !l.isBlank())
                .map(l -> new String(Base64.getMimeDecoder().decode(l), StandardCharsets.UTF_8)).toList();
        String captured = args[6];
        long capturedId = Long.parseLong(args[7]);
        int seconds = Integer.parseInt(args[8]);
        Path results = Path.of(args[9]);

        Caller http = httpCaller(base, apiKey);
        Caller jdbc = jdbcCaller(jdbcUrl, user, password, new Template(statements, captured).withCapturedId(capturedId));
        System.out.printf("replaying %d statements per incident (%d writes)%n", statements.size(),
                statements.stream().filter(s -> !s.stripLeading().toUpperCase().startsWith("SELECT")).count());
        // warm both up: the JIT, the pools, the buffer pool
        run("warm-up http", http, 0, 8, 10);
        run("warm-up jdbc", jdbc, 0, 8, 5);

        List<String> rows = new ArrayList<>();
        System.out.printf("%n%-12s %-6s %10s %10s %8s %8s %8s %8s %7s%n", "load", "side", "done/s", "failed",
                "p50 ms", "p90 ms", "p99 ms", "max ms", "ratio");
        for (int k = 10; k < args.length; k++) {
            String[] s = args[k].split(":");
            boolean max = s[0].equals("max");
            double rate = max ? 0 : Double.parseDouble(s[1]);
            int connections = Integer.parseInt(s[max ? 1 : 2]);
            String load = max ? "max×" + connections : (int) rate + "/s×" + connections;
            Result app = run(load + " http", http, rate, connections, seconds);
            Result bare = run(load + " jdbc", jdbc, rate, connections, seconds);
            double ratio = app.perSecond() / bare.perSecond();
            print(load, "app", app, "");
            print(load, "jdbc", bare, String.format("%.3f", ratio));
            rows.add(String.format("| %s | %.0f | %.1f | %.1f | %.1f | %.0f | %.0f | %.1f | %.1f | %.1f | %.3f | %d |", load,
                    app.perSecond(), app.ms(50), app.ms(90), app.ms(99), app.ms(100), bare.perSecond(), bare.ms(50),
                    bare.ms(99), bare.ms(100), ratio, app.failed()));
        }
        Files.write(results, rows, StandardCharsets.UTF_8);
    }

    static void print(String load, String side, Result r, String ratio) {
        System.out.printf("%-12s %-6s %10.1f %10d %8.1f %8.1f %8.1f %8.1f %7s%n", load, side, r.perSecond(), r.failed(),
                r.ms(50), r.ms(90), r.ms(99), r.ms(100), ratio);
    }

    /**
     * rate 0: closed loop, as fast as it goes. A request still unanswered 35 s after the end (the
     * client's timeout and some) is counted as failed with the latency it had by then, so that a
     * server that stops answering ends the run instead of holding it.
     */
    static Result run(String name, Caller caller, double rate, int connections, int seconds) throws Exception {
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
                    if (due >= end) {
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
                        if (FAILURES_SHOWN.incrementAndGet() <= 5) {
                            System.err.println(name + ": " + e);
                        }
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

    static Caller httpCaller(String base, String apiKey) {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        URI uri = URI.create(base + "/api/v1/incidents");
        return () -> seq -> {
            long n = SERIAL.incrementAndGet();
            String body = "{\"externalNumber\":\"110-B" + RUN + "-" + n + "\",\"receivedAt\":\"" + Instant.now()
                    + "\",\"callerName\":\"王五\",\"callerPhone\":\"1"
                    + String.format("%010d", java.util.concurrent.ThreadLocalRandom.current().nextLong(10_000_000_000L))
                    + "\",\"address\":\"沈阳市于洪区怒江北街" + RUN + "-" + n + "号\",\"description\":\""
                    + "路口井盖缺失，行人和车辆经过很危险，请尽快处理\",\"categoryCode\":\"C01-01\"}";
            HttpResponse<Void> r = client.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30))
                    .header("X-API-Key", apiKey).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.discarding());
            if (r.statusCode() != 201 && FAILURES_SHOWN.incrementAndGet() <= 5) {
                System.err.println("intake answered " + r.statusCode() + " to " + body);
            }
            return r.statusCode() == 201;
        };
    }

    static Caller jdbcCaller(String url, String user, String password, Template template) {
        AtomicLong thread = new AtomicLong();
        return () -> {
            long me = thread.incrementAndGet();
            Connection c = DriverManager.getConnection(url, user, password);
            c.setAutoCommit(false);
            Statement st = c.createStatement();
            return seq -> {
                try {
                    template.replay(st, "110-J" + RUN + "-" + me + "-" + seq);
                    c.commit();
                    return true;
                } catch (Exception e) {
                    c.rollback();
                    throw e;
                }
            };
        };
    }

    /** The captured statements, with what must differ per incident marked. */
    static final class Template {
        /** Where the request's transaction has ended: a sealer's reads on the same pooled connection. */
        private static final Pattern SEALER = Pattern.compile("(?is)^\\s*SELECT .*FROM platform_audit_(unsealed|chain).*");
        private static final Pattern INCIDENT_INSERT = Pattern.compile("(?is)^\\s*INSERT INTO intake_incident .*");
        private static final Pattern EVENT_INSERT = Pattern.compile("(?is)^\\s*INSERT INTO platform_audit_event .*");
        private static final Pattern WAITING_INSERT = Pattern.compile("(?is)^(\\s*INSERT INTO platform_audit_unsealed .*VALUES \\()\\d+(\\).*)");
        private final List<String> statements;
        private final String captured;
        private long capturedId = -1;

        Template(List<String> statements, String captured) {
            int end = 0;
            while (end < statements.size() && !SEALER.matcher(statements.get(end)).matches()) {
                end++;
            }
            this.statements = List.copyOf(statements.subList(0, end));
            this.captured = captured;
        }

        void replay(Statement st, String number) throws Exception {
            long id = -1;
            List<Long> events = new ArrayList<>();
            int waiting = 0;
            for (String s : statements) {
                String sql = s.replace(captured, number);
                if (id >= 0) {
                    sql = sql.replace("(ID = " + capturedId + ")", "(ID = " + id + ")")
                            .replace("VALUES (" + capturedId + ", ", "VALUES (" + id + ", ");
                    if (sql.contains("intake_search_token")) { // one row or many: (id, token), (id, token)...
                        sql = sql.replace("(" + capturedId + ", '", "(" + id + ", '");
                    }
                }
                Matcher waits = WAITING_INSERT.matcher(sql);
                if (waits.matches()) {
                    sql = waits.group(1) + events.get(waiting++) + waits.group(2);
                }
                if (INCIDENT_INSERT.matcher(sql).matches()) {
                    id = insert(st, sql);
                } else if (EVENT_INSERT.matcher(sql).matches()) {
                    events.add(insert(st, sql));
                } else if (st.execute(sql)) {
                    st.getResultSet().close();
                }
            }
        }

        private static long insert(Statement st, String sql) throws Exception {
            st.execute(sql, Statement.RETURN_GENERATED_KEYS);
            try (ResultSet keys = st.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }

        /** The captured incident's id, from the first statement that names one after its insert. */
        Template withCapturedId(long id) {
            this.capturedId = id;
            return this;
        }
    }
}

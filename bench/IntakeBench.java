import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Intake over HTTP against a bare JDBC baseline, at the same schedule and concurrency, back to back.
 *
 * <p>The load is that of {@link LoadRunner} (open loop at a rate, or closed loop as fast as it goes;
 * latency from when each request was due). Every request is a new incident (its own external
 * number, caller and address), so none is a repeat call.
 *
 * <p>The baseline replays, over plain JDBC with one connection per thread, exactly the statements one
 * intake issued (read from MariaDB's general log by bench/intake.sh, one base64 line each), and
 * commits where the application committed (the intake, then the order's daily facts in a
 * transaction of their own): the external number is made unique, the incident's id is the one the
 * baseline's own insert got wherever a statement names it, and each audit event's waiting row names
 * the id the baseline's own insert of that event got. What the sealer does after commit (a batch for many
 * intakes, on a connection of its own) is not part of an intake's transaction and is not replayed.
 *
 * <p>Arguments: base-url api-key jdbc-url user password statements-file captured-number captured-id
 * seconds results-file scenario... where a scenario is rate:PER_SECOND:CONNECTIONS or max:CONNECTIONS.
 */
public class IntakeBench {

    static final AtomicLong SERIAL = new AtomicLong();
    static final String RUN = Long.toString(System.currentTimeMillis() % 100_000_000L, 36);

    public static void main(String[] args) throws Exception {
        String base = args[0];
        String apiKey = args[1];
        String jdbcUrl = args[2];
        String user = args[3];
        String password = args[4];
        List<String> statements = LoadRunner.statements(Path.of(args[5]));
        String captured = args[6];
        long capturedId = Long.parseLong(args[7]);
        int seconds = Integer.parseInt(args[8]);
        Path results = Path.of(args[9]);

        LoadRunner.Caller http = httpCaller(base, apiKey);
        Template template = new Template(statements, captured).withCapturedId(capturedId);
        LoadRunner.Caller jdbc = LoadRunner.jdbc(jdbcUrl, user, password,
                (st, thread, seq) -> template.replay(st, "110-J" + RUN + "-" + thread + "-" + seq,
                        "怒江北街J" + RUN + "-" + thread + "-" + seq + "号",
                        "1" + String.format("%010d", ThreadLocalRandom.current().nextLong(10_000_000_000L))));
        System.out.printf("replaying %d statements per incident (%d writes) in %d transactions%n", template.executed(),
                statements.stream().filter(s -> !s.stripLeading().toUpperCase().matches("(SELECT|XA)\\b.*")).count(),
                template.commits());
        // warm both up: the JIT, the pools, the buffer pool
        LoadRunner.run("warm-up http", http, 0, 8, 10);
        LoadRunner.run("warm-up jdbc", jdbc, 0, 8, 5);

        List<String> rows = new ArrayList<>();
        LoadRunner.header();
        for (int k = 10; k < args.length; k++) {
            LoadRunner.Load load = LoadRunner.Load.parse(args[k]);
            LoadRunner.Result app = LoadRunner.run(load.name() + " http", http, load.rate(), load.connections(), seconds);
            LoadRunner.Result bare = LoadRunner.run(load.name() + " jdbc", jdbc, load.rate(), load.connections(), seconds);
            LoadRunner.print(load.name(), "app", app, "");
            LoadRunner.print(load.name(), "jdbc", bare, String.format("%.3f", app.perSecond() / bare.perSecond()));
            rows.add(LoadRunner.row(load.name(), app, bare));
        }
        Files.write(results, rows, StandardCharsets.UTF_8);
    }

    static LoadRunner.Caller httpCaller(String base, String apiKey) {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        URI uri = URI.create(base + "/api/v1/incidents");
        return () -> seq -> {
            long n = SERIAL.incrementAndGet();
            String body = "{\"externalNumber\":\"110-B" + RUN + "-" + n + "\",\"receivedAt\":\"" + Instant.now()
                    + "\",\"callerName\":\"王五\",\"callerPhone\":\"1"
                    + String.format("%010d", ThreadLocalRandom.current().nextLong(10_000_000_000L))
                    + "\",\"address\":\"沈阳市于洪区怒江北街" + RUN + "-" + n + "号\",\"description\":\""
                    + "路口井盖缺失，行人和车辆经过很危险，请尽快处理\",\"categoryCode\":\"C01-01\"}";
            HttpResponse<Void> r = client.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30))
                    .header("X-API-Key", apiKey).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.discarding());
            if (r.statusCode() != 201) {
                LoadRunner.showFailure("intake answered " + r.statusCode() + " to " + body);
            }
            return r.statusCode() == 201;
        };
    }

    /** The captured statements, with what must differ per incident marked. */
    static final class Template {
        /** Where the request's transactions have ended: a sealer's reads on the same pooled connection. */
        private static final Pattern SEALER = Pattern.compile("(?is)^\\s*SELECT .*FROM platform_audit_(unsealed|chain).*");
        /** Where the application committed (its data source is XA; one phase on one resource). */
        private static final Pattern COMMIT = Pattern.compile("(?is)^\\s*XA COMMIT.*");
        private static final Pattern BRACKET = Pattern.compile("(?is)^\\s*XA\\s.*");
        private static final Pattern INCIDENT_INSERT = Pattern.compile("(?is)^\\s*INSERT INTO intake_incident .*");
        private static final Pattern EVENT_INSERT = Pattern.compile("(?is)^\\s*INSERT INTO platform_audit_event .*");
        private static final Pattern WAITING_INSERT = Pattern.compile("(?is)^(\\s*INSERT INTO platform_audit_unsealed .*VALUES \\()\\d+(\\).*)");
        /** The captured call's place and caller, as bench/intake.sh posts it. */
        static final String CAPTURED_PLACE = "怒江北街77号";
        static final String CAPTURED_PHONE = "13812345678";
        private final List<String> statements;
        private final String captured;
        private Pattern capturedId = Pattern.compile("(?!)");

        Template(List<String> statements, String captured) {
            int end = 0;
            while (end < statements.size() && !SEALER.matcher(statements.get(end)).matches()) {
                end++;
            }
            this.statements = List.copyOf(statements.subList(0, end));
            this.captured = captured;
        }

        /** Statements the baseline executes: all but the XA brackets, whose commits it keeps as its own. */
        long executed() {
            return statements.stream().filter(s -> !BRACKET.matcher(s).matches()).count();
        }

        long commits() {
            return statements.stream().filter(s -> COMMIT.matcher(s).matches()).count();
        }

        /**
         * One incident with this external number, place and caller: each its own, as each request of
         * the HTTP side is, so that the baseline's calls never repeat one another either.
         */
        void replay(Statement st, String number, String place, String phone) throws Exception {
            String id = null;
            List<Long> events = new ArrayList<>();
            int waiting = 0;
            for (String s : statements) {
                if (COMMIT.matcher(s).matches()) {
                    st.getConnection().commit();
                    continue;
                }
                if (BRACKET.matcher(s).matches()) {
                    continue;
                }
                String sql = s.replace(captured, number).replace(CAPTURED_PLACE, place).replace(CAPTURED_PHONE, phone);
                if (id != null) { // every place that names the incident: keys, conditions, lists, the audit's JSON
                    sql = capturedId.matcher(sql).replaceAll(id);
                }
                Matcher waits = WAITING_INSERT.matcher(sql);
                if (waits.matches()) {
                    sql = waits.group(1) + events.get(waiting++) + waits.group(2);
                }
                if (INCIDENT_INSERT.matcher(sql).matches()) {
                    id = Long.toString(LoadRunner.insert(st, sql));
                } else if (EVENT_INSERT.matcher(sql).matches()) {
                    events.add(LoadRunner.insert(st, sql));
                } else if (st.execute(sql)) {
                    st.getResultSet().close();
                }
            }
        }

        /**
         * The captured incident's id, as every statement after its insert names it. bench/intake.sh
         * moves the incidents' counter far past the warm-up's ids first, so that no other number of
         * the statements (a version, a count, a date's part) can be taken for it.
         */
        Template withCapturedId(long id) {
            this.capturedId = Pattern.compile("(?<![\\d.])" + id + "(?![\\d.])");
            return this;
        }
    }
}

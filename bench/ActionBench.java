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
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The office's dispatch of an order as proposed, and a unit's sign-for of a dispatched instruction,
 * over HTTP against a bare JDBC baseline at the same schedule and concurrency, back to back (the
 * load of {@link LoadRunner}).
 *
 * <p>Every request acts on a subject of its own, made through the API before anything is timed
 * ({@code prepare}): for a dispatch an incident taken in (its order awaiting assessment), for a sign
 * an incident taken in and dispatched to the city management bureau. The baseline has subjects of
 * its own, made the same way, in the same state: it replays ({@link ActionTemplate}) the statements
 * one such request issued, read from the general log by bench/actions.sh, on them.
 *
 * <p>Arguments: {@code prepare base token key-110 dir seconds caps app-only load...} and
 * {@code run base token unit-key jdbc-url user password dir seconds caps app-only load...}; caps is
 * APP:JDBC, the subjects made a second for a closed-loop load on each side (it ends when they are
 * used up); app-only leaves the baseline out (the application started without keeping the figures).
 */
public class ActionBench {

    static final String UNIT = "CITY_MANAGEMENT_BUREAU";
    static final int WARM_UP = 40;
    static final int CAPTURES = 3;
    static final String RUN = Long.toString(System.currentTimeMillis() % 100_000_000L, 36);
    static final AtomicLong SERIAL = new AtomicLong();
    static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    static final Pattern ID = Pattern.compile("\"id\":(\\d+)");

    /** What is benchmarked, by its main write (the commit of whose transaction ends the request). */
    enum Action {
        DISPATCH("(?is)^\\s*UPDATE routing_order SET STATUS = .*"),
        SIGN("(?is)^\\s*UPDATE routing_instruction SET STATUS = 'SIGNED'.*");

        final Pattern main;

        Action(String main) {
            this.main = Pattern.compile(main);
        }

        String file() {
            return name().toLowerCase();
        }
    }

    /** Subjects taken one per request, in order. */
    static final class Pool {
        final List<ActionTemplate.Subject> subjects;
        final AtomicInteger next = new AtomicInteger();

        Pool(List<ActionTemplate.Subject> subjects) {
            this.subjects = subjects;
        }

        ActionTemplate.Subject take() {
            return subjects.get(next.getAndIncrement());
        }

        List<Long> ordersTaken() {
            return subjects.subList(0, Math.min(next.get(), subjects.size())).stream().map(s -> s.ids().get(0)).toList();
        }
    }

    public static void main(String[] args) throws Exception {
        if (args[0].equals("prepare")) {
            prepare(args[1], args[2], args[3], Path.of(args[4]), Integer.parseInt(args[5]), args[6],
                    Boolean.parseBoolean(args[7]), Arrays.copyOfRange(args, 8, args.length));
        } else {
            new ActionRun(args[1], args[2], args[3], args[4], args[5], args[6], Path.of(args[7]),
                    Integer.parseInt(args[8]), caps(args[9]), Boolean.parseBoolean(args[10]))
                    .all(Arrays.stream(args, 11, args.length).map(LoadRunner.Load::parse).toList());
        }
    }

    static int[] caps(String caps) {
        return Arrays.stream(caps.split(":")).mapToInt(Integer::parseInt).toArray();
    }

    /** The subjects one run of a load takes: its requests at a rate (and a few more), or the cap's. */
    static long allotment(LoadRunner.Load load, int seconds, int cap) {
        return load.rate() > 0 ? (long) Math.ceil(load.rate() * seconds) + load.connections() : (long) cap * seconds;
    }

    static void prepare(String base, String token, String key110, Path dir, int seconds, String capSpec,
                        boolean appOnly, String[] loads) throws Exception {
        int[] caps = caps(capSpec);
        long app = WARM_UP;
        long bare = appOnly ? 0 : WARM_UP;
        for (String spec : loads) {
            app += allotment(LoadRunner.Load.parse(spec), seconds, caps[0]);
            bare += appOnly ? 0 : allotment(LoadRunner.Load.parse(spec), seconds, caps[1]);
        }
        long captures = appOnly ? 0 : CAPTURES;
        for (Action action : Action.values()) {
            long n = captures + app + bare;
            ConcurrentLinkedQueue<String> made = new ConcurrentLinkedQueue<>();
            long started = System.nanoTime();
            long failed = 0;
            // a call that failed (a timeout under load) is made again; an order it left half made is not used
            for (int round = 0; round < 5 && made.size() < n; round++) {
                failed += LoadRunner.run("prepare " + action.file(), () -> seq -> {
                    long order = intake(base, key110);
                    long instruction = action == Action.SIGN ? dispatchTo(base, token, order) : 0;
                    made.add(order + " " + instruction);
                    return true;
                }, 0, 8, 3600, n - made.size()).failed();
            }
            System.out.printf("prepared %d subjects for %s in %.0f s (%d calls failed and were made again)%n",
                    made.size(), action.file(), (System.nanoTime() - started) / 1e9, failed);
            if (made.size() < n) {
                throw new IllegalStateException("only " + made.size() + " of " + n + " subjects were made");
            }
            List<String> lines = new ArrayList<>(made);
            lines.sort(Comparator.comparingLong(l -> Long.parseLong(l.split(" ")[0])));
            if (appOnly) {
                Files.write(dir.resolve(action.file() + "-app-nofacts.txt"), lines);
                continue;
            }
            Files.write(dir.resolve(action.file() + "-capture.txt"), lines.subList(0, CAPTURES));
            Files.write(dir.resolve(action.file() + "-app.txt"), lines.subList(CAPTURES, (int) (CAPTURES + app)));
            Files.write(dir.resolve(action.file() + "-jdbc.txt"), lines.subList((int) (CAPTURES + app), (int) n));
        }
    }

    /** A new incident from 110 (a caller and an address of its own, never a repeat call); the order's id. */
    static long intake(String base, String key110) throws Exception {
        long n = SERIAL.incrementAndGet();
        String body = "{\"externalNumber\":\"110-A" + RUN + "-" + n + "\",\"receivedAt\":\"" + Instant.now()
                + "\",\"callerName\":\"王五\",\"callerPhone\":\"1"
                + String.format("%010d", ThreadLocalRandom.current().nextLong(10_000_000_000L))
                + "\",\"address\":\"沈阳市于洪区怒江北街" + RUN + "-" + n + "号\",\"description\":\""
                + "路口井盖缺失，行人和车辆经过很危险，请尽快处理\",\"categoryCode\":\"C01-01\"}";
        return firstId(send(post(base + "/api/v1/incidents", body).header("X-API-Key", key110), 201));
    }

    /** The order dispatched at once to the unit the benchmark signs as; the instruction's id. */
    static long dispatchTo(String base, String token, long order) throws Exception {
        return firstId(send(post(base + "/api/v1/orders/" + order + "/dispatch",
                "{\"dispatchMode\":\"IMMEDIATE\",\"leadUnit\":\"" + UNIT + "\",\"reason\":\"基准测试：即时处置\"}")
                .header("Authorization", "Bearer " + token), 200));
    }

    static HttpRequest.Builder post(String uri, String json) {
        return HttpRequest.newBuilder(URI.create(uri)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json));
    }

    static String send(HttpRequest.Builder request, int expected) throws Exception {
        HttpResponse<String> r = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != expected) {
            throw new IllegalStateException(r.uri() + " answered " + r.statusCode() + ": "
                    + r.body().substring(0, Math.min(300, r.body().length())));
        }
        return r.body();
    }

    static long firstId(String json) {
        Matcher m = ID.matcher(json);
        if (!m.find()) {
            throw new IllegalStateException("no id in " + json);
        }
        return Long.parseLong(m.group(1));
    }

    /** The request over HTTP, one subject each; it succeeded when answered 200. */
    static LoadRunner.Caller http(Pool pool, Function<ActionTemplate.Subject, HttpRequest.Builder> request) {
        return () -> seq -> {
            ActionTemplate.Subject subject = pool.take();
            send(request.apply(subject), 200);
            return true;
        };
    }

    /** The subjects of a file ("order instruction" a line), with their versions and texts as they are now. */
    static List<ActionTemplate.Subject> subjects(Connection c, Path file, Action action) throws Exception {
        List<long[]> lines = Files.readAllLines(file).stream().filter(l -> !l.isBlank())
                .map(l -> Arrays.stream(l.trim().split(" ")).mapToLong(Long::parseLong).toArray()).toList();
        Map<Long, Object[]> orders = new HashMap<>();
        Map<Long, Long> instructions = new HashMap<>();
        for (int from = 0; from < lines.size(); from += 1000) {
            List<long[]> chunk = lines.subList(from, Math.min(lines.size(), from + 1000));
            try (Statement st = c.createStatement()) {
                try (ResultSet r = st.executeQuery("SELECT incident_id, version, external_number, address, caller_phone"
                        + " FROM routing_order WHERE incident_id IN (" + in(chunk, 0) + ")")) {
                    while (r.next()) {
                        orders.put(r.getLong(1), new Object[] {r.getLong(2), r.getString(3), r.getString(4), r.getString(5)});
                    }
                }
                if (action == Action.SIGN) {
                    try (ResultSet r = st.executeQuery("SELECT id, version FROM routing_instruction WHERE id IN ("
                            + in(chunk, 1) + ")")) {
                        while (r.next()) {
                            instructions.put(r.getLong(1), r.getLong(2));
                        }
                    }
                }
            }
        }
        List<ActionTemplate.Subject> subjects = new ArrayList<>();
        for (long[] line : lines) {
            Object[] o = orders.get(line[0]);
            List<String> texts = List.of((String) o[1], (String) o[2], (String) o[3]);
            subjects.add(action == Action.SIGN
                    ? new ActionTemplate.Subject(List.of(line[0], line[1]), List.of((Long) o[0], instructions.get(line[1])), texts)
                    : new ActionTemplate.Subject(List.of(line[0]), List.of((Long) o[0]), texts));
        }
        return subjects;
    }

    private static String in(List<long[]> lines, int column) {
        return lines.stream().map(l -> String.valueOf(l[column])).collect(Collectors.joining(","));
    }

    /** The captured request's generated ids: "table id..." a line. */
    static Map<String, List<Long>> generated(Path file) throws Exception {
        Map<String, List<Long>> generated = new LinkedHashMap<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String[] words = line.trim().split("\\s+");
            if (!words[0].isEmpty()) {
                generated.put(words[0], Arrays.stream(words, 1, words.length).map(Long::valueOf).toList());
            }
        }
        return generated;
    }

    static Connection connect(String url, String user, String password) throws Exception {
        return DriverManager.getConnection(url, user, password);
    }
}

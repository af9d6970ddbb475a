import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The timed part of bench/actions.sh: for each action, every load on the application and then on
 * the baseline, and at the end whether the baseline wrote what the application wrote.
 */
final class ActionRun {

    private final String base;
    private final String token;
    private final String unitKey;
    private final String url;
    private final String user;
    private final String password;
    private final Path dir;
    private final int seconds;
    private final int[] caps;
    private final boolean appOnly;

    ActionRun(String base, String token, String unitKey, String url, String user, String password, Path dir,
              int seconds, int[] caps, boolean appOnly) {
        this.base = base;
        this.token = token;
        this.unitKey = unitKey;
        this.url = url;
        this.user = user;
        this.password = password;
        this.dir = dir;
        this.seconds = seconds;
        this.caps = caps;
        this.appOnly = appOnly;
    }

    void all(List<LoadRunner.Load> loads) throws Exception {
        List<String> rows = new ArrayList<>();
        List<String> checks = new ArrayList<>();
        boolean[] same = {true};
        for (ActionBench.Action action : ActionBench.Action.values()) {
            one(action, loads, rows, checks, same);
        }
        Files.write(dir.resolve(appOnly ? "rows-nofacts.md" : "rows.md"), rows, StandardCharsets.UTF_8);
        if (!appOnly) {
            Files.write(dir.resolve("checks.md"), checks, StandardCharsets.UTF_8);
            System.out.println();
            checks.forEach(System.out::println);
            System.out.println(same[0] ? "the baseline wrote what the application wrote"
                    : "THE BASELINE DIFFERS from the application (above)");
            if (!same[0]) {
                System.exit(3);
            }
        }
    }

    private void one(ActionBench.Action action, List<LoadRunner.Load> loads, List<String> rows, List<String> checks,
                     boolean[] same) throws Exception {
        String name = action.file();
        try (Connection c = ActionBench.connect(url, user, password)) {
            ActionBench.Pool app = new ActionBench.Pool(ActionBench.subjects(c,
                    dir.resolve(name + (appOnly ? "-app-nofacts.txt" : "-app.txt")), action));
            LoadRunner.Caller http = ActionBench.http(app, s -> request(action, s));
            LoadRunner.run("warm-up http", http, 0, 8, 60, ActionBench.WARM_UP);
            ActionTemplate template = null;
            ActionBench.Pool bare = null;
            LoadRunner.Caller jdbc = null;
            List<String> tables = List.of();
            if (!appOnly) {
                List<ActionTemplate.Subject> captured = ActionBench.subjects(c, dir.resolve(name + "-capture.txt"), action);
                template = new ActionTemplate(LoadRunner.statements(dir.resolve(name + "-statements.b64")), action.main,
                        captured.get(captured.size() - 1), ActionBench.generated(dir.resolve(name + "-generated.txt")));
                Files.writeString(dir.resolve(name + "-template.sql"), template.describe());
                System.out.printf("%s: replaying %d statements per request (%d writes; %s)%n", name, template.size(),
                        template.writes(), dir.resolve(name + "-template.sql"));
                bare = new ActionBench.Pool(ActionBench.subjects(c, dir.resolve(name + "-jdbc.txt"), action));
                ActionBench.Pool pool = bare;
                ActionTemplate replay = template;
                jdbc = LoadRunner.jdbc(url, user, password, (st, thread, seq) -> replay.replay(st, pool.take()));
                LoadRunner.run("warm-up jdbc", jdbc, 0, 8, 60, ActionBench.WARM_UP);
                tables = template.insertedTables().stream().filter(t -> !t.equals("platform_audit_unsealed")).toList();
            }
            ActionCheck.Tally appRows = new ActionCheck.Tally();
            ActionCheck.Tally bareRows = new ActionCheck.Tally();
            LoadRunner.header();
            for (LoadRunner.Load load : loads) {
                String label = name + " " + load.name();
                Map<String, Long> before = ActionCheck.counts(c, tables);
                long appAllotted = ActionBench.allotment(load, seconds, caps[0]);
                LoadRunner.Result a = LoadRunner.run(label + " http", http, load.rate(), load.connections(), seconds,
                        appAllotted);
                LoadRunner.print(label, "app", a, "");
                String usedUp = usedUp("app", a, load, appAllotted);
                if (appOnly) {
                    rows.add(String.format("| %s | %s%s | %.0f | %.1f | %.1f | %.1f | %.0f | %d |", name, load.name(), usedUp,
                            a.perSecond(), a.ms(50), a.ms(90), a.ms(99), a.ms(100), a.failed()));
                    continue;
                }
                Map<String, Long> between = ActionCheck.counts(c, tables);
                appRows.add(before, between, a.ok());
                long bareAllotted = ActionBench.allotment(load, seconds, caps[1]);
                LoadRunner.Result b = LoadRunner.run(label + " jdbc", jdbc, load.rate(), load.connections(), seconds,
                        bareAllotted);
                bareRows.add(between, ActionCheck.counts(c, tables), b.ok());
                LoadRunner.print(label, "jdbc", b, String.format("%.3f", a.perSecond() / b.perSecond()));
                rows.add(LoadRunner.row(name + " | " + load.name() + usedUp + usedUp("JDBC", b, load, bareAllotted), a, b));
            }
            if (!appOnly) {
                checks.add("- " + name + ": " + template.size() + " statements replayed per request ("
                        + template.writes() + " writes)");
                checks.addAll(ActionCheck.compare(name, appRows, bareRows, ActionCheck.states(c, app.ordersTaken()),
                        ActionCheck.states(c, bare.ordersTaken()), same));
            }
        }
    }

    /** A closed-loop load that ended early, its subjects used up (BENCH_CAPS): when it did. */
    private static String usedUp(String side, LoadRunner.Result r, LoadRunner.Load load, long allotted) {
        return load.rate() == 0 && r.ok() + r.failed() >= allotted
                ? String.format(" (%s: subjects used up after %.1f s)", side, r.seconds()) : "";
    }

    /** The dispatch as proposed, with the dispatcher's token; the sign-for, with the unit's key. */
    private HttpRequest.Builder request(ActionBench.Action action, ActionTemplate.Subject s) {
        if (action == ActionBench.Action.DISPATCH) {
            return ActionBench.post(base + "/api/v1/orders/" + s.ids().get(0) + "/dispatch", "{}")
                    .header("Authorization", "Bearer " + token);
        }
        return HttpRequest.newBuilder(URI.create(base + "/api/v1/instructions/" + s.ids().get(1) + "/actions/sign"))
                .timeout(Duration.ofSeconds(30)).header("X-API-Key", unitKey).POST(HttpRequest.BodyPublishers.noBody());
    }
}

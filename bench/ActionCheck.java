import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Whether the baseline writes what the application writes: the rows each request adds to the tables
 * it inserts into, and the state it leaves its subject in (the order, its instructions and their
 * stages), the application's side against the baseline's.
 */
final class ActionCheck {

    /** Rows added per table over one side's runs, and the requests that succeeded meanwhile. */
    static final class Tally {
        final Map<String, Long> rows = new TreeMap<>();
        long requests;

        void add(Map<String, Long> before, Map<String, Long> after, long ok) {
            after.forEach((table, n) -> rows.merge(table, n - before.get(table), Long::sum));
            requests += ok;
        }

        double perRequest(String table) {
            return requests == 0 ? 0 : (double) rows.getOrDefault(table, 0L) / requests;
        }
    }

    private ActionCheck() {
    }

    static Map<String, Long> counts(Connection c, List<String> tables) throws Exception {
        Map<String, Long> counts = new TreeMap<>();
        try (Statement st = c.createStatement()) {
            for (String table : tables) {
                try (ResultSet r = st.executeQuery("SELECT COUNT(*) FROM " + table)) {
                    r.next();
                    counts.put(table, r.getLong(1));
                }
            }
        }
        return counts;
    }

    /** How many of these orders are in each state: the order, its instructions, their stages. */
    static Map<String, Long> states(Connection c, List<Long> orders) throws Exception {
        Map<String, Long> states = new TreeMap<>();
        if (orders.isEmpty()) {
            return states;
        }
        String in = orders.stream().map(String::valueOf).collect(Collectors.joining(","));
        try (Statement st = c.createStatement(); ResultSet r = st.executeQuery(
                "SELECT CONCAT('order ', o.status, ' v', o.version, '; ', IFNULL(GROUP_CONCAT(DISTINCT CONCAT(i.channel, ' ',"
                        + " i.role, ' ', i.status, ' v', i.version) ORDER BY i.id SEPARATOR ', '), 'no instruction'),"
                        + " '; stages ', COUNT(s.stage), ', done ', IFNULL(SUM(s.done_at IS NOT NULL), 0))"
                        + " FROM routing_order o LEFT JOIN routing_instruction i ON i.incident_id = o.incident_id"
                        + " LEFT JOIN routing_instruction_stage s ON s.instruction_id = i.id"
                        + " WHERE o.incident_id IN (" + in + ") GROUP BY o.incident_id")) {
            while (r.next()) {
                states.merge(r.getString(1), 1L, Long::sum);
            }
        }
        return states;
    }

    /** The comparison as lines of markdown; {@code same[0]} false when the two sides differ. */
    static List<String> compare(String action, Tally app, Tally bare, Map<String, Long> appStates,
                                Map<String, Long> bareStates, boolean[] same) {
        List<String> lines = new ArrayList<>();
        lines.add("- " + action + ", rows added per request (application / baseline): " + app.rows.keySet().stream()
                .map(t -> String.format("`%s` %.2f / %.2f", t, app.perRequest(t), bare.perRequest(t)))
                .collect(Collectors.joining(", ")));
        for (String t : app.rows.keySet()) {
            same[0] &= Math.abs(app.perRequest(t) - bare.perRequest(t)) < 0.005;
        }
        long appTotal = appStates.values().stream().mapToLong(Long::longValue).sum();
        long bareTotal = bareStates.values().stream().mapToLong(Long::longValue).sum();
        TreeMap<String, long[]> both = new TreeMap<>();
        appStates.forEach((s, n) -> both.computeIfAbsent(s, k -> new long[2])[0] = n);
        bareStates.forEach((s, n) -> both.computeIfAbsent(s, k -> new long[2])[1] = n);
        both.forEach((state, n) -> {
            lines.add(String.format("- %s, subjects acted on left as `%s`: application %d of %d, baseline %d of %d",
                    action, state, n[0], appTotal, n[1], bareTotal));
            same[0] &= n[0] * bareTotal == n[1] * appTotal;
        });
        return lines;
    }
}

import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The statements one request issued on its connection, as MariaDB's general log kept them
 * (bench/actions.sh), with what differs from one request to the next marked, replayed over plain JDBC.
 *
 * <p>The request is what its connection issued up to the commit of the transaction that holds the
 * request's main write (an order's dispatch, an instruction's sign-for): reads before it (the API
 * client, the sign-in guard's transaction of its own, the order read to make the decision) belong to
 * it; what the connection did after that commit (the figures' facts, a sealer's round) does not and
 * is cut. The XA bracket is dropped: the baseline runs all of it as one local transaction.
 *
 * <p>Marked are the ids of the subject (the order; the instruction) and of the rows the request
 * inserts (an instruction, an outbox message: from its insert on, the key the replay's own insert got
 * stands for the captured one; bench/actions.sh moves each such table's ids into a range of its own
 * so that a captured id is a number no other literal of the request can be), optimistic-lock
 * versions ({@code VERSION = n+1 WHERE ((ID = x) AND (VERSION = n))}: the subject's version now), the
 * order's texts that differ per order (external number, address, caller's phone) and each audit
 * event's waiting row, which names the event the replay's own insert made.
 */
final class ActionTemplate {

    /** A subject of one request: its ids (order, instruction), each one's version, the order's texts. */
    record Subject(List<Long> ids, List<Long> versions, List<String> texts) {
    }

    private sealed interface Part permits Text, Id, Version, Event, Field {
    }

    private record Text(String text) implements Part {
    }

    private record Id(long captured) implements Part {
    }

    private record Version(long captured, long ahead) implements Part {
    }

    private record Event(int index) implements Part {
    }

    private record Field(int index) implements Part {
    }

    /** A statement in parts; {@code inserts}: the table whose generated key it stands for, or null. */
    private record Step(List<Part> parts, String inserts, boolean event) {
    }

    private static final Pattern TRANSACTION = Pattern.compile("(?is)^\\s*(XA\\s|COMMIT|ROLLBACK|START TRANSACTION|BEGIN).*");
    private static final Pattern END = Pattern.compile("(?is)^\\s*(XA COMMIT|COMMIT).*");
    /** Work that is never a request's own: the sealer's and the figures'. */
    private static final Pattern FOREIGN = Pattern.compile(
            "(?is).*(platform_audit_chain|platform_audit_seal|supervision_|SELECT event_id AS a1 FROM platform_audit_unsealed).*");
    private static final Pattern INSERT = Pattern.compile("(?is)^\\s*INSERT INTO (\\w+) .*");
    private static final Pattern WAITING = Pattern.compile("(?is)^(\\s*INSERT INTO platform_audit_unsealed .*VALUES \\()(\\d+)(\\).*)");

    private final List<Step> steps = new ArrayList<>();
    private final Subject captured;
    private final Map<String, List<Long>> generated;
    private final List<String> statements;
    private final int cut;

    /**
     * @param connection what the request's connection issued, in order, from before the request to after it
     * @param main the request's main write, whose transaction's commit ends the request
     * @param generated per table with generated keys (but the audit events), the ids the captured
     *        request's inserts got, in the order of the inserts
     */
    ActionTemplate(List<String> connection, Pattern main, Subject captured, Map<String, List<Long>> generated) {
        int write = 0;
        while (write < connection.size() && !main.matcher(connection.get(write)).matches()) {
            write++;
        }
        int end = write;
        while (end < connection.size() && !END.matcher(connection.get(end)).matches()) {
            end++;
        }
        if (end >= connection.size()) {
            throw new IllegalArgumentException("the captured statements hold no commit of " + main);
        }
        this.statements = connection.subList(0, end).stream().filter(s -> !TRANSACTION.matcher(s).matches()).toList();
        this.cut = connection.size() - end;
        this.captured = captured;
        this.generated = generated;
        for (String s : statements) {
            if (FOREIGN.matcher(s).matches()) {
                throw new IllegalArgumentException("the connection did other work within the request: " + s);
            }
        }
        TreeSet<Long> events = new TreeSet<>();
        for (String s : statements) {
            Matcher w = WAITING.matcher(s);
            if (w.matches()) {
                events.add(Long.parseLong(w.group(2)));
            }
        }
        List<Long> eventOrder = new ArrayList<>(events);
        List<Long> ids = new ArrayList<>(captured.ids());
        generated.values().forEach(ids::addAll);
        Pattern marks = Pattern.compile("(?<ver>VERSION = (?<next>\\d+) WHERE \\(\\((?<col>\\w+) = (?<vid>\\d+)\\) AND \\(VERSION = (?<cur>\\d+)\\)\\))"
                + "|(?<![0-9])(?<id>" + either(ids.stream().map(String::valueOf).toList()) + ")(?![0-9])"
                + "|(?<field>" + either(captured.texts().stream().map(Pattern::quote).toList()) + ")");
        Map<String, Integer> inserted = new HashMap<>();
        for (String s : statements) {
            List<Part> parts = new ArrayList<>();
            Matcher w = WAITING.matcher(s);
            if (w.matches()) {
                parts.add(new Text(w.group(1)));
                parts.add(new Event(eventOrder.indexOf(Long.parseLong(w.group(2)))));
                parts.add(new Text(w.group(3)));
            } else {
                mark(s, marks, parts);
            }
            Matcher insert = INSERT.matcher(s);
            String table = insert.matches() ? insert.group(1) : null;
            boolean event = "platform_audit_event".equals(table);
            if (table != null && !event && generated.containsKey(table)) {
                int n = inserted.merge(table, 1, Integer::sum);
                if (n > generated.get(table).size()) {
                    throw new IllegalArgumentException("more inserts into " + table + " than ids known: " + generated);
                }
            }
            steps.add(new Step(parts, event || generated.containsKey(table) ? table : null, event));
        }
    }

    /** One of the alternatives; nothing at all for none. */
    private static String either(List<String> alternatives) {
        return alternatives.isEmpty() ? "(?!)" : String.join("|", alternatives);
    }

    private void mark(String s, Pattern marks, List<Part> parts) {
        Matcher m = marks.matcher(s);
        int at = 0;
        while (m.find()) {
            parts.add(new Text(s.substring(at, m.start())));
            if (m.group("ver") != null) {
                long id = Long.parseLong(m.group("vid"));
                if (!captured.ids().contains(id)) {
                    throw new IllegalArgumentException("a version check on a row that is not the subject's: " + s);
                }
                long current = Long.parseLong(m.group("cur"));
                parts.add(new Text("VERSION = "));
                parts.add(new Version(id, Long.parseLong(m.group("next")) - current));
                parts.add(new Text(" WHERE ((" + m.group("col") + " = "));
                parts.add(new Id(id));
                parts.add(new Text(") AND (VERSION = "));
                parts.add(new Version(id, 0));
                parts.add(new Text("))"));
            } else if (m.group("id") != null) {
                parts.add(new Id(Long.parseLong(m.group("id"))));
            } else {
                parts.add(new Field(captured.texts().indexOf(m.group("field"))));
            }
            at = m.end();
        }
        parts.add(new Text(s.substring(at)));
    }

    /** The request on this subject, in the statement's (uncommitted) transaction. */
    void replay(Statement st, Subject subject) throws Exception {
        Map<Long, Long> ids = new HashMap<>();
        Map<Long, Long> versions = new HashMap<>();
        for (int k = 0; k < captured.ids().size(); k++) {
            ids.put(captured.ids().get(k), subject.ids().get(k));
            versions.put(captured.ids().get(k), subject.versions().get(k));
        }
        List<Long> events = new ArrayList<>();
        Map<String, Integer> inserted = new HashMap<>();
        for (Step step : steps) {
            StringBuilder sql = new StringBuilder(256);
            for (Part part : step.parts()) {
                if (part instanceof Text t) {
                    sql.append(t.text());
                } else if (part instanceof Id id) {
                    sql.append(value(ids, id.captured()));
                } else if (part instanceof Version v) {
                    sql.append(value(versions, v.captured()) + v.ahead());
                } else if (part instanceof Event e) {
                    sql.append(events.get(e.index()));
                } else if (part instanceof Field f) {
                    sql.append(subject.texts().get(f.index()));
                }
            }
            if (step.event()) {
                events.add(LoadRunner.insert(st, sql.toString()));
            } else if (step.inserts() != null) {
                int n = inserted.merge(step.inserts(), 1, Integer::sum);
                ids.put(generated.get(step.inserts()).get(n - 1), LoadRunner.insert(st, sql.toString()));
            } else if (st.execute(sql.toString())) {
                st.getResultSet().close();
            }
        }
    }

    private static long value(Map<Long, Long> values, long captured) {
        Long value = values.get(captured);
        if (value == null) {
            throw new IllegalStateException("id " + captured + " is used before the request has it");
        }
        return value;
    }

    /** The statements with their marks, to read what is replayed. */
    String describe() {
        StringBuilder out = new StringBuilder();
        out.append("-- ").append(steps.size()).append(" statements (").append(cut)
                .append(" of the connection's after the request's commit cut)\n");
        for (Step step : steps) {
            for (Part part : step.parts()) {
                if (part instanceof Text t) {
                    out.append(t.text());
                } else if (part instanceof Id id) {
                    out.append("{id ").append(id.captured()).append('}');
                } else if (part instanceof Version v) {
                    out.append("{version of ").append(v.captured()).append(v.ahead() == 0 ? "" : " + " + v.ahead()).append('}');
                } else if (part instanceof Event e) {
                    out.append("{event ").append(e.index() + 1).append('}');
                } else if (part instanceof Field f) {
                    out.append("{text ").append(f.index() + 1).append('}');
                }
            }
            out.append(step.inserts() == null ? "" : "  -- key generated: " + step.inserts()).append(";\n");
        }
        return out.toString();
    }

    int size() {
        return steps.size();
    }

    long writes() {
        return statements.stream().filter(s -> !s.stripLeading().toUpperCase().startsWith("SELECT")).count();
    }

    /** The tables the request inserts rows into. */
    List<String> insertedTables() {
        return statements.stream().map(INSERT::matcher).filter(Matcher::matches).map(m -> m.group(1)).distinct().toList();
    }
}

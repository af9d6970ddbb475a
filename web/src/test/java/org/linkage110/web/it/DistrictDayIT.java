package org.linkage110.web.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.sun.net.httpserver.HttpServer;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.servlet.ServletContext;
import java.net.InetSocketAddress;
import java.net.URL;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.linkage110.platform.DatabaseMigrations;
import org.linkage110.supervision.DeadlineWatch;
import org.linkage110.web.it.DistrictDay.Fate;

/**
 * A working day of the whole district (seeded; {@code DISTRICT_DAY_ORDERS} orders, 40 by default,
 * {@code DISTRICT_DAY_SEED} to replay one): 110 and 12345 deliver the calls, repeat calls and police
 * matters, the office assesses and dispatches, every one of the 39 units works through its own key
 * or account — some sign late, some send orders back, ask for more time or more units — the office
 * confirms, a callback reopens some, a drill runs in the middle; the deadline watch sweeps at
 * instants of the test's choosing. Then the day must add up: every order closed or open for a
 * reason the plan names, no stage left to be marked overdue that could not be met, every external
 * number's result received once per round by the stub 110 and 12345, the figures equal to a
 * recomputation from the raw rows, the drill unseen outside supervision, no 5xx all day. Runs
 * inside the server, so that the watch can sweep at a later instant, and calls it over HTTP.
 */
@ExtendWith(ArquillianExtension.class)
class DistrictDayIT {

    private static final ZoneId OFFICE = ZoneId.of("Asia/Shanghai");

    @Deployment
    static WebArchive deployment() {
        return Deployments.withInContainerTest(DistrictDayIT.class, org.awaitility.Awaitility.class,
                org.hamcrest.Matcher.class).addClasses(DistrictDay.class, DayDriver.class, Http.class, RawFigures.class);
    }

    @Inject
    DeadlineWatch watch;

    @Inject
    ServletContext servlet;

    @Resource(lookup = DatabaseMigrations.DATASOURCE)
    DataSource dataSource;

    @Test
    void aWholeDistrictDayAddsUp() throws Exception {
        long seed = Long.parseLong(env("DISTRICT_DAY_SEED", String.valueOf(System.nanoTime())));
        int size = Integer.parseInt(env("DISTRICT_DAY_ORDERS", "40"));
        long start = System.nanoTime();
        DistrictDay day = DistrictDay.generate(seed, size);
        try (Peers peers = Peers.start()) {
            DayDriver driver = new DayDriver(new Http(base()), seed);
            Map<Integer, Long> ids = new HashMap<>();
            Map<Long, List<Long>> repeatsOf = new HashMap<>();
            // 110 and 12345 deliver the day's calls
            for (DistrictDay.Order order : day.orders) {
                ids.put(order.number(), driver.deliver(order.source(), DayDriver.incident(order), 201)
                        .getJsonNumber("id").longValue());
            }
            for (DistrictDay.Repeat repeat : day.repeats) {
                DistrictDay.Order original = day.orders.get(repeat.orderNumber());
                JsonObject linked = driver.deliver(repeat.source(), DayDriver.incident(original)
                        .add("externalNumber", repeat.externalNumber()).add("description", "又打来了：" + original.description()),
                        200);
                assertThat(linked.getString("outcome")).as("seed " + seed).isEqualTo("REPEAT_LINKED");
                repeatsOf.computeIfAbsent(ids.get(repeat.orderNumber()), k -> new ArrayList<>())
                        .add(linked.getJsonNumber("id").longValue());
            }
            List<Long> policeMatters = day.policeMatters.stream().map(driver::policeMatter).toList();

            // the office assesses and dispatches
            Map<Integer, List<JsonObject>> sent = new HashMap<>();
            for (DistrictDay.Order order : day.orders) {
                long id = ids.get(order.number());
                if (order.fate() == Fate.SENT_TO_POLICE) {
                    driver.sendToPolice(id);
                    continue;
                }
                sent.put(order.number(), new ArrayList<>(driver.dispatch(id, decision(order))));
            }

            // the units take the work up; a lead or a co-unit sends one back; a drill arrives in the middle
            JsonObject drill = null;
            for (DistrictDay.Order order : day.orders) {
                List<JsonObject> instructions = sent.get(order.number());
                if (instructions == null || order.fate() == Fate.LEFT_UNSIGNED || order.fate() == Fate.SIGNED_LATE) {
                    continue;
                }
                for (JsonObject instruction : instructions) {
                    boolean lead = instruction.getString("role").equals("LEAD");
                    if (lead && order.fate() == Fate.RETURNED_THEN_CLOSED) {
                        driver.act(instruction, "return", "不属本单位职责，请改派");
                    } else if (!lead && order.fate() == Fate.CO_UNIT_RETURNED && instruction == firstCo(instructions)) {
                        driver.act(instruction, "return", "本单位无此职能");
                    } else {
                        driver.takeUp(instruction);
                    }
                }
                if (drill == null && order.number() >= day.orders.size() / 2) {
                    drill = driver.drill("SD_YINGBINLU", day.orders.get(0).address());
                }
            }
            long drillOrder = drill.getJsonNumber("incidentId").longValue();
            JsonObject drillInstruction = driver.order(drillOrder).getJsonArray("instructions").getJsonObject(0);
            driver.takeUp(drillInstruction);

            // three quarters of an hour later, by the watch's clock: the late ones are overdue
            Instant swept = Instant.now();
            watch.sweep(swept.plus(Duration.ofMinutes(45)));

            // the office reassesses what leads sent back
            for (DistrictDay.Order order : day.orders) {
                if (order.fate() == Fate.RETURNED_THEN_CLOSED) {
                    JsonObject returned = driver.order(ids.get(order.number()));
                    assertThat(returned.getString("status")).as("seed " + seed).isEqualTo("NEEDS_REASSESSMENT");
                    List<JsonObject> again = driver.dispatch(ids.get(order.number()), returned.isNull("proposedLead")
                            ? reassignment(returned) : null);
                    again.forEach(driver::takeUp);
                    sent.get(order.number()).addAll(again);
                }
            }

            // the afternoon: late signing, extensions, more units, reports and results
            for (DistrictDay.Order order : day.orders) {
                List<JsonObject> instructions = sent.get(order.number());
                if (instructions == null || order.fate() == Fate.LEFT_UNSIGNED) {
                    continue;
                }
                long id = ids.get(order.number());
                if (order.fate() == Fate.SIGNED_LATE) {
                    instructions.forEach(driver::takeUp);
                }
                JsonObject lead = instructions.stream().filter(i -> i.getString("role").equals("LEAD"))
                        .reduce((first, second) -> second).orElseThrow();
                if (order.fate() == Fate.EXTENDED_THEN_CLOSED) {
                    driver.extend(lead);
                }
                if (order.fate() == Fate.MORE_UNITS_THEN_CLOSED && lead.getString("channel").equals("DIRECT")) {
                    Set<String> on = instructions.stream().map(i -> i.getString("unitCode")).collect(Collectors.toSet());
                    String more = java.util.stream.Stream.of("SD_MASANJIA", "SD_PINGLUO", "JUSTICE_BUREAU")
                            .filter(u -> !on.contains(u)).findFirst().orElseThrow();
                    JsonObject added = driver.moreUnits(lead, more, id);
                    driver.takeUp(added);
                    instructions.add(added);
                }
                for (JsonObject instruction : inHand(driver, instructions)) {
                    driver.finish(instruction);
                }
            }
            driver.finish(drillInstruction);

            // the office confirms every result: the orders close and their results go back
            for (DistrictDay.Order order : day.orders) {
                List<JsonObject> instructions = sent.get(order.number());
                if (instructions != null && order.fate() != Fate.LEFT_UNSIGNED) {
                    confirmAll(driver, ids.get(order.number()));
                }
            }
            confirmAll(driver, drillOrder);
            driver.closeDrill(drill);

            // callbacks: unresolved ones reopen, the unit handles them again, the office confirms again
            for (DistrictDay.Order order : day.orders) {
                if (order.fate() == Fate.REOPENED_THEN_CLOSED) {
                    long id = ids.get(order.number());
                    driver.callBack(id, false);
                    JsonObject reopened = driver.order(id);
                    assertThat(reopened.getString("status")).as("seed " + seed).isEqualTo("REOPENED");
                    reopened.getJsonArray("instructions").stream().map(JsonValue::asJsonObject)
                            .filter(i -> i.getString("status").equals("REOPENED")).forEach(driver::finish);
                    confirmAll(driver, id);
                }
            }

            // ---- the day must add up -------------------------------------------------------
            for (DistrictDay.Order order : day.orders) {
                String status = driver.order(ids.get(order.number())).getString("status");
                String expected = switch (order.fate()) {
                    case LEFT_UNSIGNED -> "DISPATCHED|DIVERTED_TO_12345";
                    case SENT_TO_POLICE -> "SENT_TO_POLICE";
                    default -> "CLOSED";
                };
                assertThat(status).as("seed %d: order %d (%s) ends %s", seed, order.number(), order.fate(), status)
                        .matches(expected);
            }
            String orderIds = ids.values().stream().map(String::valueOf).collect(Collectors.joining(","));
            assertThat(scalar("SELECT COUNT(*) FROM routing_instruction_stage s JOIN routing_instruction i ON "
                    + "i.id = s.instruction_id WHERE i.incident_id IN (" + orderIds + ") AND s.overdue_at IS NOT NULL "
                    + "AND s.done_at < '" + swept.toString().replace("T", " ")
                    .replace("Z", "") + "'")).as("seed %d: overdue marks on stages closed before the watch swept", seed)
                    .isZero();
            assertThat(scalar("SELECT COUNT(*) FROM routing_instruction_stage s JOIN routing_instruction i ON "
                    + "i.id = s.instruction_id WHERE i.incident_id IN (" + orderIds + ") AND s.overdue_at IS NOT NULL"))
                    .as("seed %d: the late ones were marked overdue", seed).isPositive();
            assertThat(scalar("SELECT COUNT(*) FROM routing_instruction_stage s JOIN routing_instruction i ON "
                    + "i.id = s.instruction_id WHERE i.incident_id IN (" + orderIds + ") AND s.done_at IS NULL AND "
                    + "(i.status IN ('RETURNED', 'RESULT_SUBMITTED', 'CONFIRMED', 'REPORTED_BACK') OR (s.stage IN "
                    + "('SIGN_FOR', 'DEPART') AND i.status IN ('ON_SCENE', 'REPORTED')))"))
                    .as("seed %d: stages left open that can no longer be met", seed).isZero();
            Set<String> everyUnit = new HashSet<>(org.linkage110.platform.ReferenceData.rows("linkage-units", "code")
                    .stream().map(u -> u.get("code")).toList());
            assertThat(strings("SELECT DISTINCT unit_code FROM routing_instruction WHERE (signed_at IS NOT NULL OR "
                    + "status = 'RETURNED') AND channel = 'DIRECT' AND incident_id IN (" + orderIds + ")"))
                    .as("seed %d: units that signed for or sent back their own instruction", seed).containsAll(everyUnit);

            // every external number's result, once per round, at the platform it came from
            Map<String, Integer> expectedRounds = new HashMap<>();
            for (DistrictDay.Order order : day.orders) {
                if (DistrictDay.closedAtTheEnd(order.fate())) {
                    long id = ids.get(order.number());
                    int rounds = order.fate() == Fate.REOPENED_THEN_CLOSED ? 2 : 1;
                    for (int round = 1; round <= rounds; round++) {
                        expectedRounds.put("result-" + id + "-" + round, 1);
                        for (long repeat : repeatsOf.getOrDefault(id, List.of())) {
                            expectedRounds.put("result-" + id + "-" + round + "-repeat-" + repeat, 1);
                        }
                    }
                }
            }
            await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(2))
                    .until(() -> peers.keys("incident-results").containsAll(expectedRounds.keySet()));
            Set<String> results = peers.keys("incident-results").stream().filter(k -> orderResult(k, ids.values()))
                    .collect(Collectors.toSet());
            assertThat(results).as("seed %d: result keys received", seed).isEqualTo(expectedRounds.keySet());
            assertThat(peers.bodies().stream().filter(b -> b.contains("\"orderId\":" + drillOrder + ",")
                    || b.contains("\"orderId\":" + drillOrder + "}"))).as("seed %d: the drill left the platform", seed)
                    .isEmpty();
            assertThat(scalar("SELECT COUNT(*) FROM platform_outbox WHERE payload LIKE '%\"orderId\":" + drillOrder
                    + ",%'")).as("seed %d: the drill in the outbox", seed).isZero();

            // 110 answers every police matter, and 12345 hears each answer
            policeMatters.forEach(driver::policeFeedback);
            Set<String> feedback = policeMatters.stream().map(m -> "police-matter-feedback-" + m).collect(Collectors.toSet());
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1))
                    .until(() -> peers.keys("police-matter-feedback").containsAll(feedback));

            // the figures of the day equal a recomputation from the raw rows
            String today = LocalDate.now(OFFICE).toString();
            JsonObject figures = driver.figures(today);
            Map<String, Long> counts = figures.getJsonObject("counts").entrySet().stream().collect(Collectors.toMap(
                    Map.Entry::getKey, e -> ((jakarta.json.JsonNumber) e.getValue()).longValue()));
            RawFigures.assertEqual(counts, today, this::scalar);
            assertThat(driver.serverErrors).as("seed %d: answers of the 5xx kind", seed).isEmpty();

            System.out.printf("district day (seed %d): %d orders %s, %d repeat calls, %d police matters, %d calls, "
                            + "%d messages to 110/12345, %.1f s%n", seed, day.orders.size(),
                    DayDriver.counts(day.orders.stream().map(o -> o.fate().name()).toList()), day.repeats.size(),
                    day.policeMatters.size(), driver.calls.get(), peers.bodies().size(),
                    (System.nanoTime() - start) / 1e9);
        }
    }

    /** The office's decision: as proposed for most; the first orders go to every unit that may lead. */
    private static jakarta.json.JsonObjectBuilder decision(DistrictDay.Order order) {
        if (order.lead() == null) {
            return null;
        }
        return Json.createObjectBuilder().add("handlingClass", order.joint() ? "JOINT_HANDLING" : "SOURCE_DIVERSION")
                .add("level", order.joint() ? 1 : 2).add("dispatchMode", order.joint() ? "JOINT" : "IMMEDIATE")
                .add("leadUnit", order.lead()).add("coUnits", Json.createArrayBuilder(order.coUnits()))
                .add("reason", "轮值派单：按单位轮流演练");
    }

    /** When nobody is left to propose: the territory's sub-district, or the emergency service centre. */
    private static jakarta.json.JsonObjectBuilder reassignment(JsonObject order) {
        List<String> returned = order.getJsonArray("returnedBy").getValuesAs(jakarta.json.JsonString::getString);
        String lead = !order.isNull("subDistrict") && !returned.contains(order.getString("subDistrict"))
                ? order.getString("subDistrict") : "EMERGENCY_SERVICE_CENTRE";
        return Json.createObjectBuilder().add("leadUnit", lead).add("coUnits", Json.createArrayBuilder())
                .add("reason", "退单后改派");
    }

    private static JsonObject firstCo(List<JsonObject> instructions) {
        return instructions.stream().filter(i -> i.getString("role").equals("CO")).findFirst().orElse(null);
    }

    /** The instructions still in the units' hands (signed, not finished). */
    private static List<JsonObject> inHand(DayDriver driver, List<JsonObject> instructions) {
        return instructions.stream().map(driver::instruction)
                .filter(i -> DayDriver.allows(i, "SUBMIT_RESULT")).toList();
    }

    private static void confirmAll(DayDriver driver, long orderId) {
        for (JsonValue value : driver.order(orderId).getJsonArray("instructions")) {
            JsonObject instruction = value.asJsonObject();
            if (instruction.getString("status").equals("RESULT_SUBMITTED")) {
                driver.confirm(instruction);
            }
        }
    }

    private static boolean orderResult(String key, java.util.Collection<Long> ids) {
        String[] parts = key.split("-");
        return parts.length >= 3 && ids.contains(Long.parseLong(parts[1]));
    }

    /** The server as the test inside it calls it: its own HTTP port and context. */
    private URL base() throws Exception {
        List<String> arguments = List.of(ProcessHandle.current().info().arguments().orElse(new String[0]));
        int at = arguments.indexOf("--port");
        String port = at >= 0 ? arguments.get(at + 1) : env("APP_HTTP_PORT", "8080");
        return new URL("http://127.0.0.1:" + port + servlet.getContextPath() + "/");
    }

    private long scalar(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql);
             ResultSet rs = s.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private List<String> strings(String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql);
             ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                values.add(rs.getString(1));
            }
        }
        return values;
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    /** The 110 and 12345 platforms as HTTP receivers: what each received, by message type, with its key. */
    static final class Peers implements AutoCloseable {

        private final List<HttpServer> servers = new ArrayList<>();
        private final Map<String, Set<String>> keys = new ConcurrentHashMap<>();
        private final List<String> bodies = java.util.Collections.synchronizedList(new ArrayList<>());

        static Peers start() throws java.io.IOException {
            Peers peers = new Peers();
            peers.listen(java.net.URI.create(System.getenv("APP_PEER_110_URL")));
            peers.listen(java.net.URI.create(System.getenv("APP_PEER_12345_URL")));
            return peers;
        }

        /** Listens where the server sends a platform its messages (its configured peer URL). */
        private void listen(java.net.URI peer) throws java.io.IOException {
            String path = peer.getPath();
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", peer.getPort()), 0);
            server.createContext(path, exchange -> {
                String type = exchange.getRequestURI().getPath().substring(path.length() + 1);
                keys.computeIfAbsent(type, t -> ConcurrentHashMap.newKeySet())
                        .add(exchange.getRequestHeaders().getFirst("Idempotency-Key"));
                bodies.add(new String(exchange.getRequestBody().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
                exchange.sendResponseHeaders(204, -1);
                exchange.close();
            });
            server.start();
            servers.add(server);
        }

        Set<String> keys(String type) {
            return Set.copyOf(keys.getOrDefault(type, Set.of()));
        }

        List<String> bodies() {
            return List.copyOf(bodies);
        }

        @Override
        public void close() {
            servers.forEach(s -> s.stop(0));
        }
    }
}

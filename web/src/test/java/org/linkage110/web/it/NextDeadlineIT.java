package org.linkage110.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.ServletContext;
import java.net.URL;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.linkage110.platform.DatabaseMigrations;
import org.linkage110.supervision.DeadlineWatch;

/**
 * An order's next deadline as the order keeps it ({@code routing_order.next_due_at}) through every
 * kind of change of its stages and of its state, each equal to the earliest open stage recomputed
 * from the stages themselves, also when several units act on one order at the same moment; and the
 * queue's open tabs listing orders in the order those stages give. Runs inside the server, so that
 * the deadline watch can sweep when the test says, and acts over HTTP as the office, the units,
 * 12345 and the supervisor do.
 */
@ExtendWith(ArquillianExtension.class)
class NextDeadlineIT {

    /** The definition, from the stages: the earliest open stage of the order's instructions still in hand. */
    private static final String FROM_THE_STAGES = "SELECT MIN(s.due_at) FROM routing_instruction i "
            + "JOIN routing_instruction_stage s ON s.instruction_id = i.id WHERE i.incident_id = o.incident_id "
            + "AND s.done_at IS NULL AND i.status NOT IN ('RETURNED', 'CONFIRMED', 'REPORTED_BACK')";

    @Deployment
    static WebArchive deployment() {
        return Deployments.withInContainerTest(NextDeadlineIT.class).addClasses(Http.class, Flows.class, DayDriver.class,
                DistrictDay.class, PortalPages.class);
    }

    @Inject
    DeadlineWatch watch;

    @Inject
    ServletContext servlet;

    @Resource(lookup = DatabaseMigrations.DATASOURCE)
    DataSource dataSource;

    @Resource
    ManagedExecutorService executor;

    private Http http;
    private DayDriver office;

    @BeforeEach
    void drivers() throws Exception {
        http = new Http(base());
        office = new DayDriver(http, 0);
    }

    @Test
    void theNextDeadlineFollowsEveryChangeOfAJointOrdersStages() throws SQLException {
        long order = deliver("两伙人在陵西公园门口争吵，快要打起来了");
        List<JsonObject> sent = office.dispatch(order, decision("JOINT_HANDLING", 1, "JOINT", "SD_LINGXI",
                "CITY_MANAGEMENT_BUREAU"));
        assertThat(kept(order, "dispatch")).isNotNull();
        JsonObject lead = unit(sent, "SD_LINGXI");
        JsonObject co = unit(sent, "CITY_MANAGEMENT_BUREAU");

        office.act(lead, "sign", null);
        kept(order, "the lead's signing (its caller contact, video, departure and arrival are due now)");
        office.act(lead, "contact-caller", "已电话联系报警人");
        office.act(lead, "arrive", null);
        kept(order, "the lead's arrival");
        office.act(lead, "pull-video", null);
        office.act(lead, "report", "已到场，双方情绪平稳");
        kept(order, "the lead's first report");
        office.extend(lead);
        kept(order, "an extension of the lead's result, granted");
        office.act(co, "sign", null);
        Instant beforeMore = kept(order, "the co-unit's signing");

        JsonObject added = office.moreUnits(lead, "HEALTH_BUREAU", order);
        assertThat(kept(order, "a co-unit added")).as("the new unit's signing is due first").isBefore(beforeMore);
        office.act(added, "return", "不属本单位职责");
        assertThat(kept(order, "the added co-unit's return")).isEqualTo(beforeMore);

        office.finish(co);
        kept(order, "the co-unit's result");
        office.finish(lead);
        assertThat(status(order)).isEqualTo("RESULTS_IN");
        assertThat(kept(order, "the lead's result")).as("nothing left open").isNull();

        office.confirm(co);
        office.confirm(lead);
        assertThat(status(order)).isEqualTo("CLOSED");
        assertThat(kept(order, "closing")).isNull();

        assertThat(http.call("POST", "api/v1/instructions/" + lead.getJsonNumber("id") + "/reopen", Flows.DISPATCHER, null,
                "{\"text\":\"回访复检：问题未解决\"}").statusCode()).isEqualTo(200);
        assertThat(status(order)).isEqualTo("REOPENED");
        Instant reopened = kept(order, "the reopening");
        assertThat(reopened).isNotNull();

        watch.sweep(reopened.plusMillis(1));
        assertThat(scalar("SELECT COUNT(*) FROM routing_instruction i JOIN routing_instruction_stage s "
                + "ON s.instruction_id = i.id WHERE i.incident_id = " + order + " AND s.overdue_at IS NOT NULL "
                + "AND s.done_at IS NULL")).as("marked overdue by the watch").isEqualTo(1);
        assertThat(kept(order, "the overdue mark")).isEqualTo(reopened);
    }

    @Test
    void unitsSigningOneOrderAtTheSameMomentAllSucceedAndTheOrderKeepsTheirNextDeadline() throws Exception {
        long order = deliver("燃气管道泄漏，现场两户人家争执不下");
        List<JsonObject> sent = office.dispatch(order, decision("JOINT_HANDLING", 1, "JOINT", "SD_LINGXI",
                "CITY_MANAGEMENT_BUREAU", "HEALTH_BUREAU", "EMERGENCY_BUREAU"));
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> signing = new ArrayList<>();
        for (JsonObject instruction : sent) {
            signing.add(executor.submit(() -> {
                start.await();
                return http.call("POST", "api/v1/instructions/" + instruction.getJsonNumber("id") + "/actions/sign",
                        Http.unitKey(instruction.getString("unitCode")), null, null).statusCode();
            }));
        }
        start.countDown();
        List<Integer> answers = new ArrayList<>();
        for (Future<Integer> answer : signing) {
            answers.add(answer.get(2, TimeUnit.MINUTES));
        }
        assertThat(answers).as("one order's changes take turns: none refused, none lost to a deadlock").containsOnly(200);
        assertThat(status(order)).isEqualTo("IN_HANDLING");
        assertThat(kept(order, "four units signing at once")).isNotNull();
    }

    @Test
    void theNextDeadlineFollowsADiversionA12345ReturnAnotherDispatchPoliceBusinessAndADrill() throws SQLException {
        long diverted = deliver("小区绿化带杂草丛生，无人修剪");
        JsonObject hotline = office.dispatch(diverted, decision("SOURCE_DIVERSION", 2, "TO_HOTLINE_12345",
                "CITY_MANAGEMENT_BUREAU")).get(0);
        assertThat(status(diverted)).isEqualTo("DIVERTED_TO_12345");
        assertThat(kept(diverted, "the diversion to 12345")).isNotNull();
        office.act(hotline, "return", "不属于城管职责，应由街道处理");
        assertThat(status(diverted)).isEqualTo("NEEDS_REASSESSMENT");
        assertThat(kept(diverted, "12345's return")).isNull();
        office.dispatch(diverted, decision("SOURCE_DIVERSION", 2, "IMMEDIATE", "SD_LINGXI"));
        assertThat(kept(diverted, "the dispatch after the return")).isNotNull();

        long police = deliver("有人在小区内偷电动车");
        office.sendToPolice(police);
        assertThat(kept(police, "the return to 110")).isNull();

        JsonObject drill = office.drill("SD_YINGBINLU", "沈阳市于洪区迎宾路" + UUID.randomUUID().toString().substring(0, 6) + "号");
        assertThat(kept(drill.getJsonNumber("incidentId").longValue(), "a drill's dispatch")).isNotNull();
    }

    @Test
    void theOpenTabsListOrdersByUrgencyThenByTheirNextDeadline() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        // a town's urgent instruction is to be signed for within a minute: overdue while the test runs
        long late = deliver("井盖缺失，行人险些掉下去 " + tag);
        office.dispatch(late, decision("SOURCE_DIVERSION", 1, "IMMEDIATE", "SD_LINGXI"));
        long urgent = deliver("路灯杆倾斜，随时可能倒下 " + tag);
        office.dispatch(urgent, decision("SOURCE_DIVERSION", 1, "IMMEDIATE", "CITY_MANAGEMENT_BUREAU"));
        long routine = deliver("小区门口路面坑洼 " + tag);
        office.dispatch(routine, decision("SOURCE_DIVERSION", 2, "IMMEDIATE", "CITY_MANAGEMENT_BUREAU"));
        long signed = deliver("人行道护栏松动 " + tag);
        office.act(office.dispatch(signed, decision("SOURCE_DIVERSION", 2, "IMMEDIATE", "URBAN_CONSTRUCTION_BUREAU"))
                .get(0), "sign", null);
        long resulted = deliver("绿化带树枝挡住路牌 " + tag);
        JsonObject done = office.dispatch(resulted, decision("SOURCE_DIVERSION", 2, "IMMEDIATE",
                "CITY_MANAGEMENT_BUREAU")).get(0);
        office.act(done, "sign", null);
        office.act(done, "submit-result", "已修剪");
        List<Long> ours = List.of(late, urgent, routine, signed, resulted);
        assertThat(status(resulted)).isEqualTo("RESULTS_IN");

        Instant lateDue = kept(late, "dispatch");
        while (Instant.now().isBefore(lateDue.plusSeconds(1))) {
            Thread.sleep(500);
        }
        PortalPages portal = new PortalPages(http, "dispatcher", "Demo-110");
        assertThat(tab(portal, "HANDLING", tag)).as("in hand: urgent first, then by the next deadline, none last")
                .isEqualTo(expected(ours, "")).containsExactly(late, urgent, routine, signed, resulted);
        assertThat(tab(portal, "OVERDUE", tag)).isEqualTo(expected(ours, "AND due < UTC_TIMESTAMP(6)"))
                .containsExactly(late);
        assertThat(tab(portal, "DUE_SOON", tag)).isEqualTo(expected(ours,
                "AND due >= UTC_TIMESTAMP(6) AND due < UTC_TIMESTAMP(6) + INTERVAL 60 MINUTE")).containsExactly(urgent, routine);
    }

    // ---- the order's next deadline against its stages ------------------------------------------

    /** Asserts the order keeps the next deadline its stages give now; that deadline. */
    private Instant kept(long order, String after) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "SELECT o.next_due_at, (" + FROM_THE_STAGES + ") FROM routing_order o WHERE o.incident_id = ?")) {
            s.setLong(1, order);
            try (ResultSet rs = s.executeQuery()) {
                assertThat(rs.next()).as("order " + order).isTrue();
                Instant stored = instant(rs.getObject(1, LocalDateTime.class));
                Instant fromStages = instant(rs.getObject(2, LocalDateTime.class));
                assertThat(stored).as("order %d's next deadline after %s", order, after).isEqualTo(fromStages);
                return stored;
            }
        }
    }

    /** The orders in the order a tab lists them as the stages give it: urgency, next deadline (none last), newest. */
    private List<Long> expected(List<Long> orders, String dueCondition) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement("SELECT incident_id FROM "
                + "(SELECT o.incident_id, o.received_at, COALESCE(o.level, o.proposed_level) AS urgency, (" + FROM_THE_STAGES
                + ") AS due FROM routing_order o WHERE o.incident_id IN (" + orders.stream().map(String::valueOf)
                .collect(Collectors.joining(", ")) + ")) ours WHERE 1 = 1 " + dueCondition
                + " ORDER BY urgency, due IS NULL, due, received_at DESC, incident_id DESC");
             ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                ids.add(rs.getLong(1));
            }
        }
        return ids;
    }

    private static List<Long> tab(PortalPages portal, String tab, String tag) {
        return PortalPages.idsLinkedTo(portal.get("app/incidents.xhtml?tab=" + tab + "&text=" + tag), "incident.xhtml");
    }

    private String status(long order) {
        return office.order(order).getString("status");
    }

    private long deliver(String description) {
        return office.deliver("110", Http.incident("110-" + UUID.randomUUID(), description), 201)
                .getJsonNumber("id").longValue();
    }

    private static JsonObjectBuilder decision(String handlingClass, int level, String mode, String lead, String... co) {
        return Json.createObjectBuilder().add("handlingClass", handlingClass).add("level", level).add("dispatchMode", mode)
                .add("leadUnit", lead).add("coUnits", Json.createArrayBuilder(List.of(co))).add("reason", "测试所需");
    }

    private static JsonObject unit(List<JsonObject> instructions, String unit) {
        return instructions.stream().filter(i -> i.getString("unitCode").equals(unit)).findFirst().orElseThrow();
    }

    private static Instant instant(LocalDateTime utc) {
        return utc == null ? null : utc.toInstant(ZoneOffset.UTC);
    }

    private long scalar(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql);
             ResultSet rs = s.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** The server as its own loopback address (the port it was started with). */
    private URL base() throws Exception {
        List<String> arguments = List.of(ProcessHandle.current().info().arguments().orElse(new String[0]));
        int at = arguments.indexOf("--port");
        String port = at >= 0 ? arguments.get(at + 1) : System.getenv().getOrDefault("APP_HTTP_PORT", "8080");
        return new URL("http://127.0.0.1:" + port + servlet.getContextPath() + "/");
    }
}

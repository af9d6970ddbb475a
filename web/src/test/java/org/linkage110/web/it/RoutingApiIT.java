package org.linkage110.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Routing over real HTTP against the running server: assessment and dispatch by the office (staff
 * account), the units' lifecycle through their own systems (API keys), results reported back to
 * 110 (a real HTTP receiver here), and the guards: other units' instructions, illegal moves,
 * concurrent edits.
 */
@SharedServer.Uses
class RoutingApiIT {

    private static final String DISPATCHER = Flows.DISPATCHER;
    private static final String LINGXI = Flows.LINGXI;
    private static final int PEER_PORT = java.net.URI.create(System.getenv("APP_PEER_110_URL")).getPort();

    @SharedServer.Base
    URL base;

    private Http http;

    @BeforeEach
    void connect() {
        http = new Http(base);
    }

    @Test
    void aJointCaseFrom110GoesToAllUnitsAtOnceAndItsResultReaches110ExactlyOnce() throws Exception {
        List<String> received = new CopyOnWriteArrayList<>();
        HttpServer peer = HttpServer.create(new InetSocketAddress("127.0.0.1", PEER_PORT), 0);
        peer.createContext("/110/incident-results", exchange -> {
            try (InputStream body = exchange.getRequestBody()) {
                received.add(exchange.getRequestHeaders().getFirst("Idempotency-Key") + " "
                        + new String(body.readAllBytes(), StandardCharsets.UTF_8));
            }
            exchange.sendResponseHeaders(202, -1);
            exchange.close();
        });
        peer.createContext("/", exchange -> {
            exchange.sendResponseHeaders(202, -1);
            exchange.close();
        });
        peer.start();
        try {
            String number = "110-" + UUID.randomUUID();
            long id = push(Http.incident(number, "工地与居民发生争执，渣土车堵路，双方情绪激动")
                    .add("flags", Json.createObjectBuilder().add("onSceneDispute", true)));

            JsonObject order = order(id);
            JsonObject proposal = order.getJsonObject("proposal");
            assertThat(proposal.getString("ruleId")).isEqualTo("DISPUTE_MAY_ESCALATE");
            assertThat(proposal.getString("handlingClass")).isEqualTo("JOINT_HANDLING");
            assertThat(proposal.getString("level")).isEqualTo("URGENT");
            assertThat(proposal.getString("reasonEn")).as("the rule's reason in English").isNotBlank()
                    .doesNotContainPattern("\\p{IsHan}");
            assertThat(proposal.getString("dispatchMode")).isEqualTo("JOINT");
            assertThat(proposal.getString("reason")).contains("纠纷");
            assertThat(order.getString("proposedLead")).isEqualTo("URBAN_CONSTRUCTION_BUREAU");
            assertThat(strings(order.getJsonArray("proposedCoUnits")))
                    .containsExactlyInAnyOrder("CONSTRUCTION_SERVICE_CENTRE", "CITY_MANAGEMENT_BUREAU", "SD_LINGXI");

            HttpResponse<String> dispatched = http.call("POST", "api/v1/orders/" + id + "/dispatch", DISPATCHER, null, "{}");
            assertThat(dispatched.statusCode()).isEqualTo(200);
            JsonArray sent = Http.array(dispatched);
            assertThat(sent).hasSize(4);
            assertThat(sent.stream().map(v -> v.asJsonObject().getString("dispatchedAt")).distinct()).hasSize(1);
            Map<String, Long> byUnit = sent.stream().map(JsonValue::asJsonObject)
                    .collect(Collectors.toMap(i -> i.getString("unitCode"), i -> i.getJsonNumber("id").longValue()));
            JsonObject lead = sent.stream().map(JsonValue::asJsonObject)
                    .filter(i -> i.getString("role").equals("LEAD")).findFirst().orElseThrow();
            assertThat(lead.getString("unitCode")).isEqualTo("URBAN_CONSTRUCTION_BUREAU");
            Instant dispatchedAt = Instant.parse(lead.getString("dispatchedAt"));
            assertThat(due(lead, "SIGN_FOR")).isEqualTo(dispatchedAt.plus(Duration.ofMinutes(10)));
            assertThat(due(lead, "FIRST_REPORT")).isEqualTo(dispatchedAt.plus(Duration.ofHours(2)));
            assertThat(due(lead, "RESULT")).isEqualTo(dispatchedAt.plus(Duration.ofHours(24)));
            JsonObject town = sent.stream().map(JsonValue::asJsonObject)
                    .filter(i -> i.getString("unitCode").equals("SD_LINGXI")).findFirst().orElseThrow();
            assertThat(due(town, "SIGN_FOR")).as("000's town standard").isEqualTo(dispatchedAt.plus(Duration.ofMinutes(1)));

            String leadKey = Http.unitKey("URBAN_CONSTRUCTION_BUREAU");
            long leadId = byUnit.get("URBAN_CONSTRUCTION_BUREAU");
            act(leadKey, leadId, "sign", null, 200);
            act(leadKey, leadId, "contact-caller", "已电话联系报警人", 200);
            act(leadKey, leadId, "arrive", null, 200);
            act(leadKey, leadId, "record-police-handover", "现场已控制，民警移交城建局现场指挥", 200);
            act(leadKey, leadId, "report", "现场已疏导，渣土车已移走", 200);
            act(leadKey, leadId, "submit-result", "协调施工方整改并赔偿，双方达成一致", 200);
            for (String co : List.of("CONSTRUCTION_SERVICE_CENTRE", "CITY_MANAGEMENT_BUREAU", "SD_LINGXI")) {
                String key = co.equals("SD_LINGXI") ? LINGXI : Http.unitKey(co);
                act(key, byUnit.get(co), "sign", null, 200);
                act(key, byUnit.get(co), "submit-result", co + " 已配合处置完毕", 200);
            }
            for (long instruction : byUnit.values()) {
                assertThat(http.call("POST", "api/v1/instructions/" + instruction + "/confirm", DISPATCHER, null, null)
                        .statusCode()).isEqualTo(200);
            }
            assertThat(order(id).getString("status")).isEqualTo("CLOSED");
            JsonObject fromIntake = Http.json(http.get(http.resolve("api/v1/incidents/" + id), Http.KEY_110));
            assertThat(fromIntake.getString("status")).isEqualTo("CLOSED");

            String key = "result-" + id + "-1";
            awaitTrue(() -> received.stream().anyMatch(r -> r.startsWith(key + " ")), Duration.ofSeconds(30));
            Thread.sleep(5_000);
            List<String> results = received.stream().filter(r -> r.startsWith(key + " ")).toList();
            assertThat(results).hasSize(1);
            assertThat(results.get(0)).contains(number).contains("协调施工方整改并赔偿");
            assertThat(order(id).getJsonArray("instructions").stream()
                    .map(v -> v.asJsonObject().getString("status")).distinct()).containsExactly("REPORTED_BACK");
        } finally {
            peer.stop(0);
        }
    }

    @Test
    void anOverrideNeedsAReasonAndIsRecordedWithIt() throws Exception {
        long id = push(Http.incident("110-" + UUID.randomUUID(), "小区井盖松动，有行人绊倒风险"));
        JsonObject order = order(id);
        assertThat(order.getJsonObject("proposal").getString("ruleId")).isEqualTo("DEFAULT_SOURCE_DIVERSION");
        assertThat(order.getJsonObject("proposal").getString("dispatchMode")).isEqualTo("TO_HOTLINE_12345");

        String override = "{\"dispatchMode\":\"IMMEDIATE\",\"leadUnit\":\"SD_LINGXI\"}";
        JsonObject refused = Http.problem(http.call("POST", "api/v1/orders/" + id + "/dispatch", DISPATCHER, null,
                override), "unprocessable-request");
        assertThat(refused.getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("reason");
        assertThat(order(id).getString("status")).isEqualTo("AWAITING_ASSESSMENT");
        assertThat(Database.scalar("select count(*) from routing_instruction where incident_id = ?", id)).isZero();

        Http.problem(http.call("POST", "api/v1/orders/" + id + "/dispatch", DISPATCHER, null,
                "{\"leadUnit\":\"AGRICULTURE_RURAL_BUREAU\",\"reason\":\"试试\"}"), "unprocessable-request");

        HttpResponse<String> dispatched = http.call("POST", "api/v1/orders/" + id + "/dispatch", DISPATCHER, null,
                "{\"dispatchMode\":\"IMMEDIATE\",\"leadUnit\":\"SD_LINGXI\",\"reason\":\"井盖在街道自管小区内，由街道即时处置\"}");
        assertThat(dispatched.statusCode()).isEqualTo(200);
        JsonObject after = order(id);
        assertThat(after.getBoolean("overridden")).isTrue();
        assertThat(after.getString("overrideReason")).isEqualTo("井盖在街道自管小区内，由街道即时处置");
        assertThat(after.getString("assessedBy")).isEqualTo("dispatcher");
        assertThat(Database.scalar("select count(*) from platform_audit_event where action = 'routing.order.overridden' "
                + "and subject_id = ? and actor = 'dispatcher'", String.valueOf(id))).isEqualTo(1);
        Http.problem(http.call("POST", "api/v1/orders/" + id + "/dispatch", DISPATCHER, null, "{}"), "illegal-transition");
    }

    @Test
    void aUnitNeitherSeesNorTouchesAnotherUnitsInstruction() throws Exception {
        long lingxiInstruction = dispatchedTo("SD_LINGXI");
        String other = Http.unitKey("CITY_MANAGEMENT_BUREAU");

        HttpResponse<String> foreign = http.call("GET", "api/v1/instructions/" + lingxiInstruction, other, null, null);
        HttpResponse<String> absent = http.call("GET", "api/v1/instructions/999999999999", other, null, null);
        assertThat(foreign.statusCode()).isEqualTo(404);
        assertThat(foreign.body()).isEqualTo(absent.body());
        Http.problem(http.call("POST", "api/v1/instructions/" + lingxiInstruction + "/actions/sign", other, null, null),
                "not-found");
        Http.problem(http.call("GET", "api/v1/instructions/" + lingxiInstruction + "/records", other, null, null),
                "not-found");
        assertThat(ids(http.call("GET", "api/v1/instructions", other, null, null))).doesNotContain(lingxiInstruction);
        assertThat(ids(http.call("GET", "api/v1/instructions", LINGXI, null, null))).contains(lingxiInstruction);
        // 110 handles no instructions: its client is not allowed those calls
        Http.problem(http.call("GET", "api/v1/instructions", Http.KEY_110, null, null), "call-not-allowed");
        assertThat(Database.scalar("select count(*) from routing_instruction where id = ? and status = 'DISPATCHED'",
                lingxiInstruction)).isEqualTo(1);
    }

    @Test
    void illegalMovesMissingFieldsAndStaleVersionsAreRefusedAndChangeNothing() throws Exception {
        long instruction = dispatchedTo("SD_LINGXI");
        Http.problem(act(LINGXI, instruction, "arrive", null, 409), "illegal-transition");
        Http.problem(http.call("POST", "api/v1/instructions/" + instruction + "/actions/confirm", LINGXI, null, null),
                "not-found");
        Http.problem(http.call("POST", "api/v1/instructions/" + instruction + "/actions/sign", LINGXI, "\"41\"", null),
                "concurrent-change");
        HttpResponse<String> read = http.call("GET", "api/v1/instructions/" + instruction, LINGXI, null, null);
        String etag = read.headers().firstValue("ETag").orElseThrow();
        assertThat(http.call("POST", "api/v1/instructions/" + instruction + "/actions/sign", LINGXI, etag, null)
                .statusCode()).isEqualTo(200);
        Http.problem(http.call("POST", "api/v1/instructions/" + instruction + "/actions/contact-caller", LINGXI, etag,
                null), "concurrent-change");
        JsonObject missing = Http.problem(act(LINGXI, instruction, "submit-result", null, 422), "unprocessable-request");
        assertThat(missing.getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("text");
        JsonObject extension = Http.problem(http.call("POST", "api/v1/instructions/" + instruction
                + "/actions/request-extension", LINGXI, null, "{\"text\":\"需协调产权单位\"}"), "unprocessable-request");
        assertThat(extension.getJsonArray("errors").stream().map(e -> e.asJsonObject().getString("field")))
                .contains("headName", "requestedDue");
        assertThat(Database.scalar("select count(*) from routing_instruction where id = ? and status = 'SIGNED'",
                instruction)).isEqualTo(1);
        assertThat(Database.scalar("select count(*) from routing_instruction_record where instruction_id = ?",
                instruction)).isZero();
    }

    @Test
    void twoOperatorsSigningAtOnceExactlyOneSucceeds() throws Exception {
        long instruction = dispatchedTo("SD_LINGXI");
        long version = Database.scalar("select version from routing_instruction where id = ?", instruction);
        int operators = 6;
        CyclicBarrier start = new CyclicBarrier(operators);
        ExecutorService pool = Executors.newFixedThreadPool(operators);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < operators; i++) {
                Callable<Integer> sign = () -> {
                    start.await();
                    return http.call("POST", "api/v1/instructions/" + instruction + "/actions/sign", LINGXI, null,
                            null).statusCode();
                };
                answers.add(pool.submit(sign));
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> answer : answers) {
                statuses.add(answer.get());
            }
            assertThat(statuses).filteredOn(s -> s == 200).hasSize(1);
            assertThat(statuses).filteredOn(s -> s == 409).hasSize(operators - 1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(Database.scalar("select count(*) from platform_audit_event where action = "
                + "'routing.instruction.sign' and subject_id = ?", String.valueOf(instruction))).isEqualTo(1);
        assertThat(Database.scalar("select version from routing_instruction where id = ?", instruction))
                .isEqualTo(version + 1);
    }

    @Test
    void anOrderDivertedTo12345IsHandledBy12345AndAReturnGoesBackToTheOffice() throws Exception {
        List<String> diversions = new CopyOnWriteArrayList<>();
        HttpServer hotline = HttpServer.create(new InetSocketAddress("127.0.0.1",
                java.net.URI.create(System.getenv("APP_PEER_12345_URL")).getPort()), 0);
        hotline.createContext("/12345/", exchange -> {
            try (InputStream body = exchange.getRequestBody()) {
                diversions.add(exchange.getRequestHeaders().getFirst("Idempotency-Key") + " "
                        + new String(body.readAllBytes(), StandardCharsets.UTF_8));
            }
            exchange.sendResponseHeaders(202, -1);
            exchange.close();
        });
        hotline.start();
        long id;
        long instruction;
        JsonObject diverted;
        try {
            id = push(Http.incident("110-" + UUID.randomUUID(), "夜市摊点占道经营，噪音扰民"));
            JsonArray sent = Http.array(http.call("POST", "api/v1/orders/" + id + "/dispatch", DISPATCHER, null, "{}"));
            assertThat(sent).hasSize(1);
            diverted = sent.getJsonObject(0);
            assertThat(diverted.getString("channel")).isEqualTo("HOTLINE_12345");
            instruction = diverted.getJsonNumber("id").longValue();
            assertThat(Database.scalar("select count(*) from platform_outbox where destination = '12345' "
                    + "and idempotency_key = ?", "diversion-" + instruction)).isEqualTo(1);
            String key = "diversion-" + instruction + " ";
            org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(30))
                    .until(() -> diversions.stream().anyMatch(m -> m.startsWith(key)));
            assertThat(diversions).filteredOn(m -> m.startsWith(key)).singleElement()
                    .satisfies(m -> assertThat(m).contains("夜市摊点占道经营"));
        } finally {
            hotline.stop(0);
        }
        assertThat(ids(http.call("GET", "api/v1/instructions", Http.KEY_12345, null, null))).contains(instruction);
        String responsible = Http.unitKey(diverted.getString("unitCode"));
        assertThat(http.call("GET", "api/v1/instructions/" + instruction, responsible, null, null).statusCode())
                .as("the responsible unit gets it through 12345, not directly").isEqualTo(404);

        act(Http.KEY_12345, instruction, "sign", null, 200);
        act(Http.KEY_12345, instruction, "return", "不属于城建职责，应由街道处理", 200);
        JsonObject order = order(id);
        assertThat(order.getString("status")).isEqualTo("NEEDS_REASSESSMENT");
        HttpResponse<String> again = http.call("POST", "api/v1/orders/" + id + "/dispatch", DISPATCHER, null,
                "{\"dispatchMode\":\"IMMEDIATE\",\"leadUnit\":\"SD_LINGXI\",\"reason\":\"12345退单：属地街道处置\"}");
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(Http.array(again).getJsonObject(0).getString("unitCode")).isEqualTo("SD_LINGXI");
        assertThat(Database.scalar("select count(*) from routing_instruction where incident_id = ? and status = 'RETURNED'",
                id)).isEqualTo(1);
    }

    @Test
    void anExtensionGetsANewDeadlineOnlyOnceTheOfficeAcceptsIt() throws Exception {
        long instruction = dispatchedTo("SD_LINGXI");
        act(LINGXI, instruction, "sign", null, 200);
        Instant resultDue = due(Http.json(http.call("GET", "api/v1/instructions/" + instruction, LINGXI, null, null)),
                "RESULT");
        Instant asked = resultDue.plus(Duration.ofDays(2)).truncatedTo(ChronoUnit.SECONDS);
        String body = Json.createObjectBuilder().add("text", "需等待产权单位到场").add("headName", "张主任")
                .add("requestedDue", asked.atOffset(java.time.ZoneOffset.ofHours(8)).toString()).build().toString();
        assertThat(http.call("POST", "api/v1/instructions/" + instruction + "/actions/request-extension", LINGXI, null,
                body).statusCode()).isEqualTo(200);
        assertThat(due(Http.json(http.call("GET", "api/v1/instructions/" + instruction, LINGXI, null, null)), "RESULT"))
                .isEqualTo(resultDue);
        JsonArray records = Http.array(http.call("GET", "api/v1/instructions/" + instruction + "/records", LINGXI, null,
                null));
        long request = records.getJsonObject(0).getJsonNumber("id").longValue();
        Http.problem(http.call("POST", "api/v1/orders/requests/" + request + "/accept", LINGXI, null, "{}"),
                "call-not-allowed");
        assertThat(http.call("POST", "api/v1/orders/requests/" + request + "/accept", DISPATCHER, null, "{}")
                .statusCode()).isEqualTo(200);
        assertThat(due(Http.json(http.call("GET", "api/v1/instructions/" + instruction, LINGXI, null, null)), "RESULT"))
                .isEqualTo(asked);
        Http.problem(http.call("POST", "api/v1/orders/requests/" + request + "/refuse", DISPATCHER, null,
                "{\"text\":\"晚了\"}"), "illegal-transition");
    }

    @Test
    void policeBusinessGoesBackTo110() throws Exception {
        long id = push(Http.incident("110-" + UUID.randomUUID(), "有人在小区内偷电动车"));
        Http.problem(http.call("POST", "api/v1/orders/" + id + "/send-to-police", DISPATCHER, null, "{}"),
                "unprocessable-request");
        assertThat(http.call("POST", "api/v1/orders/" + id + "/send-to-police", DISPATCHER, null,
                "{\"text\":\"盗窃属警务类警情\"}").statusCode()).isEqualTo(200);
        assertThat(order(id).getString("status")).isEqualTo("SENT_TO_POLICE");
        assertThat(Database.scalar("select count(*) from platform_outbox where destination = '110' "
                + "and idempotency_key = ?", "police-referral-" + id)).isEqualTo(1);
        Http.problem(http.call("POST", "api/v1/orders/" + id + "/dispatch", DISPATCHER, null, "{}"), "illegal-transition");
    }

    @Test
    void theDecisionTableIsDataThatOnlyAdminChangesWithAReasonAndHistory() throws Exception {
        String admin = Http.staff("admin");
        JsonArray table = Http.array(http.call("GET", "api/v1/decision-rules", DISPATCHER, null, null));
        assertThat(table.stream().map(r -> r.asJsonObject().getString("id")))
                .startsWith("POLICE_FIRST").endsWith("DEFAULT_SOURCE_DIVERSION");
        JsonObject rule = table.stream().map(JsonValue::asJsonObject)
                .filter(r -> r.getString("id").equals("EMERGENCY_NO_DANGER")).findFirst().orElseThrow();
        // every shipped rule says why in English too (the English portal shows it)
        assertThat(table.stream().map(r -> r.asJsonObject().getString("reasonEn", "")))
                .allSatisfy(reason -> assertThat(reason).isNotBlank().doesNotContainPattern("\\p{IsHan}"));
        assertThat(rule.getString("reasonEn")).startsWith("An emergency with no danger");
        JsonObject urgent = Json.createObjectBuilder(rule).add("level", "URGENT")
                .add("reasonEn", "A water failure is handled as an urgent instruction").build();
        String change = Json.createObjectBuilder().add("rule", urgent).add("why", "供水故障一律按一级指令处置").build().toString();

        Http.problem(http.call("PUT", "api/v1/decision-rules/EMERGENCY_NO_DANGER", DISPATCHER, null, change), "forbidden");
        JsonObject noWhy = Http.problem(http.call("PUT", "api/v1/decision-rules/EMERGENCY_NO_DANGER", admin, null,
                Json.createObjectBuilder().add("rule", urgent).build().toString()), "unprocessable-request");
        // the refusal of the field carries its stable code and values beside its English words
        assertThat(noWhy.getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("why");
        assertThat(noWhy.getJsonArray("errors").getJsonObject(0).getString("code")).isEqualTo("WHY_TABLE");
        assertThat(noWhy.getJsonArray("errors").getJsonObject(0).getJsonArray("args")).isEmpty();
        JsonObject tooLong = Http.problem(http.call("PUT", "api/v1/decision-rules/EMERGENCY_NO_DANGER", admin, null,
                Json.createObjectBuilder().add("rule", Json.createObjectBuilder(urgent).add("reasonEn", "x".repeat(501)))
                        .add("why", "试试").build().toString()), "unprocessable-request");
        assertThat(tooLong.getJsonArray("errors").getJsonObject(0).getString("code")).isEqualTo("AT_MOST");
        assertThat(tooLong.getJsonArray("errors").getJsonObject(0).getJsonArray("args").getString(0)).isEqualTo("500");
        JsonObject noCatchAll = table.stream().map(JsonValue::asJsonObject)
                .filter(r -> r.getString("id").equals("DEFAULT_SOURCE_DIVERSION")).findFirst().orElseThrow();
        Http.problem(http.call("PUT", "api/v1/decision-rules/DEFAULT_SOURCE_DIVERSION", admin, null,
                Json.createObjectBuilder().add("rule", Json.createObjectBuilder(noCatchAll).add("appliesTo", "C01"))
                        .add("why", "试试").build().toString()), "unprocessable-request");

        // a proposal before the edit: the table as it was is read (and kept) for it
        long earlier = push(Http.incident("110-" + UUID.randomUUID(), "小区东门外的供水设施有问题，请来人看一下")
                .add("categoryCode", "C08-01"));
        assertThat(order(earlier).getJsonObject("proposal").getString("level")).isEqualTo(rule.getString("level"))
                .isNotEqualTo("URGENT");
        assertThat(order(earlier).getJsonObject("proposal").getString("reasonEn")).isEqualTo(rule.getString("reasonEn"));
        assertThat(order(earlier).getJsonObject("proposal").getString("reason")).isEqualTo(rule.getString("reason"));
        HttpResponse<String> saved = http.call("PUT", "api/v1/decision-rules/EMERGENCY_NO_DANGER", admin, null, change);
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
        try {
            // worded so that the reading infers no flag: a burst main would be a utilities hazard (UTILITY_FAILURE)
            long id = push(Http.incident("110-" + UUID.randomUUID(), "小区东门外的供水设施有问题，请来人看一下")
                    .add("categoryCode", "C08-01"));
            JsonObject proposal = order(id).getJsonObject("proposal");
            assertThat(proposal.getString("ruleId")).isEqualTo("EMERGENCY_NO_DANGER");
            assertThat(proposal.getString("level")).isEqualTo("URGENT");
            assertThat(proposal.getString("reasonEn")).isEqualTo("A water failure is handled as an urgent instruction");
            JsonArray history = Http.array(http.call("GET", "api/v1/decision-rules/EMERGENCY_NO_DANGER/history",
                    DISPATCHER, null, null));
            assertThat(history).hasSize(2);
            assertThat(history.getJsonObject(1).getString("changedBy")).isEqualTo("admin");
            assertThat(history.getJsonObject(1).getString("why")).isEqualTo("供水故障一律按一级指令处置");
        } finally {
            JsonObject back = Json.createObjectBuilder(rule).add("version", Http.json(saved).getJsonNumber("version"))
                    .build();
            assertThat(http.call("PUT", "api/v1/decision-rules/EMERGENCY_NO_DANGER", admin, null,
                    Json.createObjectBuilder().add("rule", back).add("why", "恢复").build().toString()).statusCode())
                    .isEqualTo(200);
        }
    }

    @Test
    void aTierChangeIsKeptInHistoryAndAppliesToNewInstructionsOnly() throws Exception {
        String supervisor = Http.staff("supervisor");
        long before = dispatchedTo("SD_LINGXI");
        Http.problem(http.call("POST", "api/v1/units/SD_LINGXI/tier", DISPATCHER, null,
                "{\"tier\":2,\"reason\":\"试试\"}"), "forbidden");
        Http.problem(http.call("POST", "api/v1/units/SD_LINGXI/tier", supervisor, null, "{\"tier\":2}"),
                "unprocessable-request");
        assertThat(http.call("POST", "api/v1/units/SD_LINGXI/tier", supervisor, null,
                "{\"tier\":2,\"reason\":\"四定未落实，调整为二级\"}").statusCode()).isEqualTo(200);
        try {
            long after = dispatchedTo("SD_LINGXI");
            assertThat(Http.json(http.call("GET", "api/v1/instructions/" + before, LINGXI, null, null)).getString("tier"))
                    .isEqualTo("TIER_1");
            assertThat(Http.json(http.call("GET", "api/v1/instructions/" + after, LINGXI, null, null)).getString("tier"))
                    .isEqualTo("TIER_2");
            JsonArray tiers = Http.array(http.call("GET", "api/v1/units/SD_LINGXI/tiers", supervisor, null, null));
            JsonObject last = tiers.getJsonObject(tiers.size() - 1);
            assertThat(last.getString("tier")).isEqualTo("TIER_2");
            assertThat(last.getString("changedBy")).isEqualTo("supervisor");
            assertThat(last.getString("reason")).isEqualTo("四定未落实，调整为二级");
        } finally {
            assertThat(http.call("POST", "api/v1/units/SD_LINGXI/tier", supervisor, null,
                    "{\"tier\":1,\"reason\":\"整改到位，恢复一级\"}").statusCode()).isEqualTo(200);
        }
    }

    // ---- helpers ---------------------------------------------------------------------------

    private long push(jakarta.json.JsonObjectBuilder incident) {
        return Flows.push(http, incident);
    }

    private JsonObject order(long id) {
        return Flows.order(http, id);
    }

    /** A fresh order in Lingxi, dispatched with an override to this unit as lead; its instruction's id. */
    private long dispatchedTo(String unit) {
        return Flows.dispatchedTo(http, unit, "路灯不亮，道路漆黑")[1];
    }

    private HttpResponse<String> act(String key, long instruction, String action, String text, int expected) {
        return Flows.act(http, key, instruction, action, text, expected);
    }

    private static Instant due(JsonObject instruction, String stage) {
        return instruction.getJsonArray("stages").stream().map(JsonValue::asJsonObject)
                .filter(s -> s.getString("stage").equals(stage)).map(s -> Instant.parse(s.getString("dueAt")))
                .findFirst().orElseThrow(() -> new AssertionError("no stage " + stage + " in " + instruction));
    }

    private static List<Long> ids(HttpResponse<String> list) {
        assertThat(list.statusCode()).as(list.body()).isEqualTo(200);
        return Http.array(list).stream().map(v -> v.asJsonObject().getJsonNumber("id").longValue()).toList();
    }

    private static List<String> strings(JsonArray array) {
        return array.getValuesAs(jakarta.json.JsonString.class).stream().map(jakarta.json.JsonString::getString).toList();
    }

    private static void awaitTrue(java.util.function.BooleanSupplier condition, Duration limit) throws InterruptedException {
        Instant end = Instant.now().plus(limit);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(end)) {
                throw new AssertionError("not within " + limit);
            }
            Thread.sleep(250);
        }
    }

    // ---- the reading of the call (issue 13) ---------------------------------------------------------

    /** 110 (or 12345) delivers a call without flags and without a category; the office's proposal. */
    private JsonObject proposalOf(String key, jakarta.json.JsonObjectBuilder incident) {
        HttpResponse<String> created = http.postJson("api/v1/incidents", key, incident.build().toString());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return Flows.order(http, Http.json(created).getJsonNumber("id").longValue());
    }

    private static jakarta.json.JsonObjectBuilder unflagged(String description) {
        return Http.incident("110-" + UUID.randomUUID(), description).remove("categoryCode");
    }

    @Test
    void aPoliceBusinessCallIsMarkedWithItsEvidenceAndWhoeverDispatchesItAnywaySaysWhy() throws Exception {
        JsonObject order = proposalOf(Http.KEY_110,
                unflagged("报警人称刚下班回家，发现家里被盗了，门锁被撬开，抽屉全被翻乱了 " + UUID.randomUUID()));
        long id = order.getJsonNumber("incidentId").longValue();
        JsonObject proposal = order.getJsonObject("proposal");
        assertThat(proposal.getBoolean("suspectedPoliceBusiness")).isTrue();
        assertThat(proposal.getString("policeBusinessReason")).startsWith("疑似警务警情").contains("盗窃").contains("退回110");
        assertThat(strings(proposal.getJsonArray("policeBusinessEvidence"))).contains("被盗")
                .anyMatch(word -> word.contains("撬"));

        HttpResponse<String> silent = http.call("POST", "api/v1/orders/" + id + "/dispatch", DISPATCHER, null, "{}");
        assertThat(silent.statusCode()).as(silent.body()).isEqualTo(422);
        assertThat(silent.body()).contains("reason").contains("疑似警务警情");
        assertThat(Flows.order(http, id).getString("status")).isEqualTo("AWAITING_ASSESSMENT");

        HttpResponse<String> anyway = http.call("POST", "api/v1/orders/" + id + "/dispatch", DISPATCHER, null,
                "{\"reason\":\"报警人只要求换锁，已另行报案\"}");
        assertThat(anyway.statusCode()).as(anyway.body()).isEqualTo(200);
        assertThat(Flows.order(http, id).getString("policeDispatchReason")).isEqualTo("报警人只要求换锁，已另行报案");
        assertThat(Database.scalar("select count(*) from platform_audit_event where subject_type = 'order' "
                + "and subject_id = ? and action = 'routing.order.dispatched-despite-police' "
                + "and actor = 'dispatcher' and state_after like '%报警人只要求换锁%'", String.valueOf(id))).isEqualTo(1);
    }

    @Test
    void whatTwelveThreeFourFiveForwardsIsCheckedTheSameWay() {
        JsonObject proposal = proposalOf(Http.KEY_12345,
                Http.incident("12345-" + UUID.randomUUID(), "市民来电：孩子八岁，放学到现在还没回家，学校和同学家都找过了")
                        .remove("categoryCode")).getJsonObject("proposal");
        assertThat(proposal.getBoolean("suspectedPoliceBusiness")).isTrue();
        assertThat(proposal.getString("policeBusinessReason")).contains("人员走失");

        JsonObject plain = proposalOf(Http.KEY_12345, Http.incident("12345-" + UUID.randomUUID(),
                "市民反映小区门口的路灯坏了好几天了，晚上黑灯瞎火").remove("categoryCode")).getJsonObject("proposal");
        assertThat(plain.getBoolean("suspectedPoliceBusiness")).isFalse();
        assertThat(plain.containsKey("policeBusinessReason") && !plain.isNull("policeBusinessReason")).isFalse();
    }

    @Test
    void flagsInferredFromTheDescriptionAreMarkedAsInferredWithTheirWordsAndDecide() {
        JsonObject order = proposalOf(Http.KEY_110, unflagged(
                "报警人称工地门口三十多个农民工围着项目部讨要工资，和保安吵起来了，已经推搡上了 " + UUID.randomUUID()));
        JsonObject proposal = order.getJsonObject("proposal");
        assertThat(order.getString("itemCode")).isEqualTo("C07-03");
        assertThat(proposal.getString("handlingClass")).isEqualTo("JOINT_HANDLING");
        assertThat(proposal.getString("ruleId")).isEqualTo("DISPUTE_MAY_ESCALATE");
        JsonObject dispute = proposal.getJsonArray("flags").getValuesAs(JsonObject.class).stream()
                .filter(f -> f.getString("flag").equals("ON_SCENE_DISPUTE")).findFirst().orElseThrow();
        assertThat(dispute.getBoolean("inferred")).isTrue();
        assertThat(dispute.getBoolean("given")).isFalse();
        assertThat(strings(dispute.getJsonArray("words"))).contains("吵起来");
        assertThat(strings(proposal.getJsonArray("escalationWords"))).contains("推搡");
        JsonArray suggestions = proposal.getJsonArray("suggestions");
        assertThat(suggestions).hasSize(3);
        assertThat(suggestions.getJsonObject(0).getString("itemCode")).isEqualTo("C07-03");
        assertThat(suggestions.getJsonObject(0).getJsonArray("matchedWords")).isNotEmpty();
    }

    @Test
    void givenFlagsWinOverWhatTheDescriptionSays() {
        String description = "报警人称小区围墙倒了一段，没有人受伤，砖头堆在人行道上 " + UUID.randomUUID();
        JsonObject unticked = proposalOf(Http.KEY_110, unflagged(description).add("categoryCode", "C01-08"))
                .getJsonObject("proposal");
        assertThat(unticked.getString("ruleId")).isEqualTo("DEFAULT_SOURCE_DIVERSION");
        assertThat(unticked.getJsonArray("flags")).isEmpty();

        JsonObject ticked = proposalOf(Http.KEY_110, unflagged(description + "（复核）").add("categoryCode", "C01-08")
                .add("flags", Json.createObjectBuilder().add("threatToSafety", true))).getJsonObject("proposal");
        assertThat(ticked.getString("ruleId")).isEqualTo("DANGER_NO_POLICE");
        assertThat(ticked.getString("handlingClass")).isEqualTo("JOINT_HANDLING");
        JsonObject threat = ticked.getJsonArray("flags").getJsonObject(0);
        assertThat(threat.getString("flag")).isEqualTo("THREAT_TO_SAFETY");
        assertThat(threat.getBoolean("given")).isTrue();
        assertThat(threat.getBoolean("inferred")).isFalse();
    }
}

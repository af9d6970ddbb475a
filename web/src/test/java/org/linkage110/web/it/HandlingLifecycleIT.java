package org.linkage110.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.linkage110.routing.InstructionAction;

/**
 * An order's lifecycle through every actor over real HTTP: stages a unit can meet in the order
 * the scene asks and none left open that it can no longer meet; allowed actions that all succeed
 * and others that all fail; a lead's return waiting for reassessment with another unit proposed,
 * a co-unit's return leaving the rest; progress and results for 110 and 12345, to every repeat
 * caller; a reopening told to the unit and to the platform.
 */
@SharedServer.Uses
class HandlingLifecycleIT {

    private static final String DISPATCHER = Flows.DISPATCHER;
    private static final String SUPERVISOR = Http.staff("supervisor");

    @SharedServer.Base
    URL base;

    private Http http;

    @BeforeEach
    void client() {
        http = new Http(base);
    }

    @Test
    void afterArrivingATownUnitStillContactsTheCallerAndPullsVideoAndNothingItCanNoLongerMeetStaysOpen() {
        long instruction = dispatch(Http.incident("110-" + UUID.randomUUID(), "陵西公园门口两伙人吵起来了"),
                "JOINT_HANDLING", 1, "JOINT", "SD_LINGXI", List.of());
        Flows.act(http, Flows.LINGXI, instruction, "sign", null, 200);
        JsonObject arrived = Http.json(Flows.act(http, Flows.LINGXI, instruction, "arrive", null, 200));
        assertThat(actions(arrived)).contains("CONTACT_CALLER", "PULL_VIDEO", "REPORT").doesNotContain("DEPART", "SIGN");
        assertThat(stage(arrived, "DEPART").getString("outcome")).isEqualTo("DONE");
        Flows.act(http, Flows.LINGXI, instruction, "contact-caller", "已电话联系报警人", 200);
        JsonObject pulled = Http.json(Flows.act(http, Flows.LINGXI, instruction, "pull-video", null, 200));
        assertThat(stage(pulled, "CALLER_CONTACT").getString("outcome")).isEqualTo("DONE");
        assertThat(stage(pulled, "VIDEO_PULL").getString("outcome")).isEqualTo("DONE");
        assertThat(pulled.getString("status")).isEqualTo("ON_SCENE");
        // each moment is recorded once: a second click would record a false time
        assertThat(actions(pulled)).doesNotContain("PULL_VIDEO", "CONTACT_CALLER", "ARRIVE").contains("REPORT");
        JsonObject again = Http.problem(Flows.act(http, Flows.LINGXI, instruction, "pull-video", null, 409),
                "already-recorded");
        assertThat(again.getString("detail")).contains("PULL_VIDEO");
        assertThat(stage(instruction(instruction), "VIDEO_PULL").getString("doneAt"))
                .isEqualTo(stage(pulled, "VIDEO_PULL").getString("doneAt"));

        long other = dispatch(Http.incident("110-" + UUID.randomUUID(), "陵西小区楼下有人吵架"), "JOINT_HANDLING", 1,
                "JOINT", "SD_LINGXI", List.of());
        Flows.act(http, Flows.LINGXI, other, "sign", null, 200);
        JsonObject done = Http.json(Flows.act(http, Flows.LINGXI, other, "submit-result", "双方已和解", 200));
        assertThat(done.getJsonArray("stages").stream().map(JsonValue::asJsonObject))
                .allSatisfy(s -> assertThat(s.containsKey("doneAt")).as(s.toString()).isTrue());
        assertThat(done.getJsonArray("stages").stream().map(JsonValue::asJsonObject)
                .filter(s -> !s.getString("stage").equals("SIGN_FOR") && !s.getString("stage").equals("RESULT")))
                .allSatisfy(s -> assertThat(s.getString("outcome")).isEqualTo("SKIPPED"));
    }

    @Test
    void everyActionAnInstructionOffersSucceedsAndEveryOtherFails() {
        Map<String, Supplier<long[]>> kinds = Map.of(
                "a town's joint instruction on the scene", () -> onScene(),
                "a tier-3 co-unit's signed instruction", () -> signedCoUnit("AGRICULTURE_RURAL_BUREAU"),
                "a source-diversion instruction to a department, signed", () -> signedDiversion(),
                "an order diverted to 12345, signed by 12345", () -> signedBy12345());
        for (Map.Entry<String, Supplier<long[]>> kind : kinds.entrySet()) {
            long[] first = kind.getValue().get();
            String key = key(first);
            Set<String> offered = actions(instruction(first[0]));
            Set<String> unitActions = EnumSet.complementOf(EnumSet.of(InstructionAction.CONFIRM, InstructionAction.REOPEN,
                    InstructionAction.REPORT_BACK)).stream().map(Enum::name).collect(Collectors.toSet());
            for (String action : unitActions) {
                long[] twin = offered.contains(action) ? kind.getValue().get() : first;
                HttpResponse<String> response = http.call("POST", "api/v1/instructions/" + twin[0] + "/actions/"
                        + action.toLowerCase().replace('_', '-'), key(twin), null, everything());
                assertThat(response.statusCode()).as(kind.getKey() + ": " + action + " " + response.body())
                        .isEqualTo(offered.contains(action) ? 200 : 409);
            }
        }
    }

    @Test
    void aLeadsReturnWaitsForReassessmentWithAnotherUnitProposedAndTheCoUnitsGoOn() {
        long order = Flows.push(http, Http.incident("110-" + UUID.randomUUID(), "路面塌陷一个大坑，车差点掉进去"));
        HttpResponse<String> sent = http.call("POST", "api/v1/orders/" + order + "/dispatch", DISPATCHER, null,
                Json.createObjectBuilder().add("handlingClass", "JOINT_HANDLING").add("level", 1).add("dispatchMode", "JOINT")
                        .add("leadUnit", "URBAN_CONSTRUCTION_BUREAU").add("coUnits", Json.createArrayBuilder()
                                .add("CITY_MANAGEMENT_BUREAU").add("SD_LINGXI")).add("reason", "路面塌陷联动").build().toString());
        Map<String, Long> byUnit = byUnit(Http.array(sent).stream().map(JsonValue::asJsonObject).toList());
        assertThat(Flows.order(http, order).getString("status")).isEqualTo("DISPATCHED");
        Flows.act(http, Http.unitKey("CITY_MANAGEMENT_BUREAU"), byUnit.get("CITY_MANAGEMENT_BUREAU"), "sign", null, 200);
        assertThat(Flows.order(http, order).getString("status")).isEqualTo("IN_HANDLING");

        Flows.act(http, Http.unitKey("URBAN_CONSTRUCTION_BUREAU"), byUnit.get("URBAN_CONSTRUCTION_BUREAU"), "return",
                "塌陷在小区红线内，属物业维修责任", 200);
        JsonObject returned = Flows.order(http, order);
        assertThat(returned.getString("status")).isEqualTo("NEEDS_REASSESSMENT");
        assertThat(returned.getJsonArray("returnedBy").getString(0)).isEqualTo("URBAN_CONSTRUCTION_BUREAU");
        assertThat(returned.getString("lastReturnReason")).contains("物业维修责任");
        assertThat(returned.getString("proposedLead")).isNotEqualTo("URBAN_CONSTRUCTION_BUREAU");
        assertThat(Http.array(http.call("GET", "api/v1/notifications", DISPATCHER, null, null)).stream()
                .map(n -> n.asJsonObject().getString("text"))).anyMatch(t -> t.contains("退单") && t.contains("物业维修责任"));
        // the co-units go on while the office reassesses
        Flows.act(http, Flows.LINGXI, byUnit.get("SD_LINGXI"), "sign", null, 200);

        Http.problem(http.call("POST", "api/v1/orders/" + order + "/dispatch", DISPATCHER, null,
                "{\"leadUnit\":\"URBAN_CONSTRUCTION_BUREAU\"}"), "unprocessable-request");
        HttpResponse<String> again = http.call("POST", "api/v1/orders/" + order + "/dispatch", DISPATCHER, null, "{}");
        assertThat(again.statusCode()).as(again.body()).isEqualTo(200);
        JsonObject redone = Flows.order(http, order);
        assertThat(redone.getString("leadUnit")).isEqualTo(returned.getString("proposedLead"));
        assertThat(redone.getString("status")).isEqualTo("IN_HANDLING");
        List<JsonObject> instructions = redone.getJsonArray("instructions").stream().map(JsonValue::asJsonObject).toList();
        assertThat(instructions.stream().filter(i -> i.getString("unitCode").equals("SD_LINGXI"))).hasSize(1);
        assertThat(instructions).extracting(i -> i.getString("unitCode")).contains("URBAN_CONSTRUCTION_BUREAU",
                "CITY_MANAGEMENT_BUREAU", "SD_LINGXI", redone.getString("leadUnit"));
        // one lead on it again: the new lead's instruction (a co-unit's already on it becomes the lead's)
        assertThat(instructions.stream().filter(i -> i.getString("role").equals("LEAD")
                && !i.getString("status").equals("RETURNED"))).extracting(i -> i.getString("unitCode"))
                .containsExactly(redone.getString("leadUnit"));
    }

    @Test
    void aCoUnitsReturnLeavesTheLeadToFinishAndTheOrderClosesWithoutIt() {
        long order = Flows.push(http, Http.incident("110-" + UUID.randomUUID(), "小区门口井盖松动，踩上去晃"));
        HttpResponse<String> sent = http.call("POST", "api/v1/orders/" + order + "/dispatch", DISPATCHER, null,
                Json.createObjectBuilder().add("handlingClass", "JOINT_HANDLING").add("level", 1).add("dispatchMode", "JOINT")
                        .add("leadUnit", "SD_NANYANGHU").add("coUnits", Json.createArrayBuilder().add("HOUSING_BUREAU"))
                        .add("reason", "属地牵头").build().toString());
        Map<String, Long> byUnit = byUnit(Http.array(sent).stream().map(JsonValue::asJsonObject).toList());
        Flows.act(http, Http.unitKey("HOUSING_BUREAU"), byUnit.get("HOUSING_BUREAU"), "return", "井盖不属房产局管理", 200);
        assertThat(Flows.order(http, order).getString("status")).isEqualTo("DISPATCHED");
        assertThat(Flows.order(http, order).getString("subDistrict")).as("counted where it was handled")
                .isEqualTo("SD_NANYANGHU");
        String lead = Http.unitKey("SD_NANYANGHU");
        Flows.act(http, lead, byUnit.get("SD_NANYANGHU"), "sign", null, 200);
        Flows.act(http, lead, byUnit.get("SD_NANYANGHU"), "submit-result", "已更换井盖", 200);
        assertThat(Flows.order(http, order).getString("status")).isEqualTo("RESULTS_IN");
        assertThat(http.call("POST", "api/v1/instructions/" + byUnit.get("SD_NANYANGHU") + "/confirm", DISPATCHER, null,
                null).statusCode()).isEqualTo(200);
        assertThat(Flows.order(http, order).getString("status")).isEqualTo("CLOSED");
    }

    @Test
    void thePlatformsHearTheLeadsProgressAndEveryRepeatCallerGetsTheResultOnceAndAReopeningIsTold() throws Exception {
        String phone = "137" + String.format("%08d", (int) (Math.random() * 99_999_999));
        JsonObjectBuilder first = Http.incident("110-" + UUID.randomUUID(), "楼下下水道堵了污水漫出来")
                .add("callerPhone", phone).add("categoryCode", "C01-02");
        long order = Flows.push(http, first);
        String repeatFrom110 = "110-" + UUID.randomUUID();
        String repeatFrom12345 = "12345-" + UUID.randomUUID();
        assertThat(Http.json(http.postJson("api/v1/incidents", Http.KEY_110, Http.incident(repeatFrom110, "还是那个下水道")
                .add("callerPhone", phone).add("categoryCode", "C01-02").build().toString())).getString("outcome"))
                .isEqualTo("REPEAT_LINKED");
        assertThat(Http.json(http.postJson("api/v1/incidents", Http.KEY_12345, Http.incident(repeatFrom12345,
                "下水道冒污水好几天了").add("callerPhone", phone).add("categoryCode", "C01-02").build().toString()))
                .getString("outcome")).isEqualTo("REPEAT_LINKED");

        long instruction = dispatch(order, "SOURCE_DIVERSION", 2, "IMMEDIATE", "SD_LINGXI", List.of());
        Flows.act(http, Flows.LINGXI, instruction, "sign", null, 200);
        Flows.act(http, Flows.LINGXI, instruction, "arrive", null, 200);
        Flows.act(http, Flows.LINGXI, instruction, "report", "已联系管网公司疏通", 200);
        Flows.act(http, Flows.LINGXI, instruction, "submit-result", "管网已疏通，现场清理完毕", 200);
        assertThat(http.call("POST", "api/v1/instructions/" + instruction + "/confirm", DISPATCHER, null, null)
                .statusCode()).isEqualTo(200);
        for (String step : List.of("SIGNED", "ARRIVED", "FIRST_REPORT", "RESULT_SUBMITTED")) {
            assertThat(outbox("progress-" + instruction + "-" + step + "-r0")).as(step).isEqualTo("110");
        }
        assertThat(outbox("result-" + order + "-1")).isEqualTo("110");
        assertThat(Database.scalar("SELECT COUNT(*) FROM platform_outbox WHERE message_type = 'incident-results' "
                + "AND idempotency_key LIKE ? AND destination = '110'", "result-" + order + "-1-repeat-%")).isEqualTo(1);
        assertThat(Database.scalar("SELECT COUNT(*) FROM platform_outbox WHERE message_type = 'incident-results' "
                + "AND idempotency_key LIKE ? AND destination = '12345' AND payload LIKE ?", "result-" + order
                + "-1-repeat-%", "%" + repeatFrom12345 + "%")).isEqualTo(1);

        HttpResponse<String> reopened = http.call("POST", "api/v1/instructions/" + instruction + "/reopen", SUPERVISOR,
                null, "{\"text\":\"回访：污水又漫出来了\"}");
        assertThat(reopened.statusCode()).as(reopened.body()).isEqualTo(200);
        JsonObject result = stage(Http.json(reopened), "RESULT");
        assertThat(result.getBoolean("reopened")).isTrue();
        assertThat(result.getBoolean("extended")).isFalse();
        assertThat(Flows.order(http, order).getString("status")).isEqualTo("REOPENED");
        assertThat(outbox("reopened-" + order + "-1")).isEqualTo("110");
        assertThat(Http.array(http.call("GET", "api/v1/notifications", Http.staff("sd_lingxi"), null, null)).stream()
                .map(n -> n.asJsonObject().getString("text")))
                .anyMatch(t -> t.contains("重启") && t.contains("污水又漫出来了"));

        Flows.act(http, Flows.LINGXI, instruction, "submit-result", "更换了排污管", 200);
        assertThat(http.call("POST", "api/v1/instructions/" + instruction + "/confirm", DISPATCHER, null, null)
                .statusCode()).isEqualTo(200);
        assertThat(outbox("result-" + order + "-2")).isEqualTo("110");
        assertThat(outbox("progress-" + instruction + "-RESULT_SUBMITTED-r1")).isEqualTo("110");
    }

    // ---- instructions in given states ---------------------------------------------------------

    private long[] onScene() {
        long id = dispatch(Http.incident("110-" + UUID.randomUUID(), "陵西小区门口有人打架"), "JOINT_HANDLING", 1, "JOINT",
                "SD_LINGXI", List.of());
        Flows.act(http, Flows.LINGXI, id, "sign", null, 200);
        Flows.act(http, Flows.LINGXI, id, "arrive", null, 200);
        return new long[] {id, 0};
    }

    private long[] signedCoUnit(String unit) {
        long order = Flows.push(http, Http.incident("110-" + UUID.randomUUID(), "农田边有人焚烧秸秆，烟很大"));
        HttpResponse<String> sent = http.call("POST", "api/v1/orders/" + order + "/dispatch", DISPATCHER, null,
                Json.createObjectBuilder().add("handlingClass", "JOINT_HANDLING").add("level", 1).add("dispatchMode", "JOINT")
                        .add("leadUnit", "SD_DAXING").add("coUnits", Json.createArrayBuilder().add(unit))
                        .add("reason", "测试").build().toString());
        long id = byUnit(Http.array(sent).stream().map(JsonValue::asJsonObject).toList()).get(unit);
        Flows.act(http, Http.unitKey(unit), id, "sign", null, 200);
        return new long[] {id, 1};
    }

    private long[] signedDiversion() {
        long id = dispatch(Http.incident("110-" + UUID.randomUUID(), "路灯坏了好几天了"), "SOURCE_DIVERSION", 2,
                "IMMEDIATE", "CITY_MANAGEMENT_BUREAU", List.of());
        Flows.act(http, Http.unitKey("CITY_MANAGEMENT_BUREAU"), id, "sign", null, 200);
        return new long[] {id, 2};
    }

    private long[] signedBy12345() {
        long id = dispatch(Http.incident("110-" + UUID.randomUUID(), "小区绿化带杂草丛生"), "SOURCE_DIVERSION", 2,
                "TO_HOTLINE_12345", "CITY_MANAGEMENT_BUREAU", List.of());
        Flows.act(http, Http.KEY_12345, id, "sign", null, 200);
        return new long[] {id, 3};
    }

    private String key(long[] instruction) {
        return switch ((int) instruction[1]) {
            case 0 -> Flows.LINGXI;
            case 1 -> Http.unitKey("AGRICULTURE_RURAL_BUREAU");
            case 2 -> Http.unitKey("CITY_MANAGEMENT_BUREAU");
            default -> Http.KEY_12345;
        };
    }

    /** Every field any action could need, so that only the lifecycle and the rules decide. */
    private static String everything() {
        return Json.createObjectBuilder().add("text", "现场情况说明").add("headName", "张主任")
                .add("requestedDue", Instant.now().plus(Duration.ofDays(20)).toString())
                .add("units", Json.createArrayBuilder().add("SD_YUHONG")).build().toString();
    }

    private long dispatch(JsonObjectBuilder incident, String handlingClass, int level, String mode, String lead,
                          List<String> co) {
        return dispatch(Flows.push(http, incident), handlingClass, level, mode, lead, co);
    }

    private long dispatch(long order, String handlingClass, int level, String mode, String lead, List<String> co) {
        HttpResponse<String> sent = http.call("POST", "api/v1/orders/" + order + "/dispatch", DISPATCHER, null,
                Json.createObjectBuilder().add("handlingClass", handlingClass).add("level", level).add("dispatchMode", mode)
                        .add("leadUnit", lead).add("coUnits", Json.createArrayBuilder(co)).add("reason", "测试所需")
                        .build().toString());
        assertThat(sent.statusCode()).as(sent.body()).isEqualTo(200);
        return Http.array(sent).getJsonObject(0).getJsonNumber("id").longValue();
    }

    private JsonObject instruction(long id) {
        return Http.json(http.call("GET", "api/v1/instructions/" + id, DISPATCHER, null, null));
    }

    private static Set<String> actions(JsonObject instruction) {
        return instruction.getJsonArray("allowedActions").stream().map(v -> ((jakarta.json.JsonString) v).getString())
                .collect(Collectors.toSet());
    }

    private static JsonObject stage(JsonObject instruction, String stage) {
        return instruction.getJsonArray("stages").stream().map(JsonValue::asJsonObject)
                .filter(s -> s.getString("stage").equals(stage)).findFirst().orElseThrow();
    }

    private static Map<String, Long> byUnit(List<JsonObject> instructions) {
        return instructions.stream().collect(Collectors.toMap(i -> i.getString("unitCode"),
                i -> i.getJsonNumber("id").longValue()));
    }

    /** The destination of the outbox message with this key; fails when there is none or more than one. */
    private static String outbox(String key) throws Exception {
        assertThat(Database.scalar("SELECT COUNT(*) FROM platform_outbox WHERE idempotency_key = ?", key)).as(key)
                .isEqualTo(1);
        try (var c = Database.connect(); var s = c.prepareStatement(
                "SELECT destination FROM platform_outbox WHERE idempotency_key = ?")) {
            s.setString(1, key);
            try (var rs = s.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }
}

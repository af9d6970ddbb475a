package org.linkage110.web.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.sun.net.httpserver.HttpServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.InetSocketAddress;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Supervision over real HTTP: a callback that finds the matter unresolved reopens the order to the
 * same unit, which sees it again with the callee's words; a supervision order is issued, printed
 * as a Chinese PDF, acknowledged and answered by the unit it is addressed to.
 */
@SharedServer.Uses
class SupervisionApiIT {

    private static final String SUPERVISOR = Http.staff("supervisor");
    private static final String UNIT = Http.staff("sd_lingxi");
    private static final String HEAD = Http.staff("sd_lingxi-head");

    @SharedServer.Base
    URL base;

    private Http http;

    @BeforeEach
    void connect() {
        http = new Http(base);
    }

    @Test
    void aCallbackFindingTheMatterUnresolvedReopensItToTheSameUnitWithTheCalleesWords() {
        long[] sent = Flows.dispatchedTo(http, "SD_LINGXI", "小区门口井盖塌陷");
        long order = sent[0];
        long instruction = sent[1];
        Flows.act(http, Flows.LINGXI, instruction, "sign", null, 200);
        Flows.act(http, Flows.LINGXI, instruction, "submit-result", "已更换井盖", 200);
        assertThat(http.call("POST", "api/v1/instructions/" + instruction + "/confirm", Flows.DISPATCHER, null, null)
                .statusCode()).isEqualTo(200);
        assertThat(Flows.order(http, order).getString("status")).isEqualTo("CLOSED");

        JsonObject callback = callbackOf(order);
        assertThat(callback.getString("unitCode")).isEqualTo("SD_LINGXI");
        assertThat(callback.getString("callerName")).as("whom to ring").isEqualTo("王五");
        assertThat(callback.getString("callerPhone")).isEqualTo(Http.json(http.call("GET", "api/v1/incidents/" + order,
                Http.KEY_110, null, null)).getString("callerPhone")).startsWith("139");
        Http.problem(http.call("POST", "api/v1/callbacks/" + callback.getJsonNumber("id"), Flows.DISPATCHER, null,
                "{\"version\":1,\"reached\":false}"), "forbidden");

        JsonObject unreached = Http.json(http.call("POST", "api/v1/callbacks/" + callback.getJsonNumber("id"), SUPERVISOR,
                null, Json.createObjectBuilder().add("version", callback.getJsonNumber("version")).add("reached", false)
                        .build().toString()));
        assertThat(unreached.getString("status")).isEqualTo("QUEUED");
        assertThat(unreached.getInt("attempts")).isEqualTo(1);

        Http.problem(http.call("POST", "api/v1/callbacks/" + callback.getJsonNumber("id"), SUPERVISOR, null,
                Json.createObjectBuilder().add("version", unreached.getJsonNumber("version")).add("reached", true)
                        .add("resolution", "NOT_RESOLVED").build().toString()), "unprocessable-request");
        HttpResponse<String> answered = http.call("POST", "api/v1/callbacks/" + callback.getJsonNumber("id"), SUPERVISOR,
                null, Json.createObjectBuilder().add("version", unreached.getJsonNumber("version")).add("reached", true)
                        .add("resolution", "FALSELY_SOLVED").add("satisfaction", "DISSATISFIED")
                        .add("comment", "井盖根本没换，仍是塌陷的").build().toString());
        assertThat(answered.statusCode()).as(answered.body()).isEqualTo(200);
        assertThat(Http.json(answered).getBoolean("flaggedForSampling")).isTrue();

        assertThat(Flows.order(http, order).getString("status")).isEqualTo("REOPENED");
        JsonObject again = Http.array(http.call("GET", "api/v1/instructions?status=REOPENED", Flows.LINGXI, null, null))
                .stream()
                .map(JsonValue::asJsonObject).filter(i -> i.getJsonNumber("id").longValue() == instruction)
                .findFirst().orElseThrow();
        assertThat(again.getString("status")).isEqualTo("REOPENED");
        assertThat(again.getString("reopenReason")).contains("虚假办结").contains("井盖根本没换，仍是塌陷的");
        JsonObject fromIntake = Http.json(http.get(http.resolve("api/v1/incidents/" + order), Http.KEY_110));
        assertThat(fromIntake.getString("status")).isEqualTo("OPEN");
    }

    @Test
    void aSupervisionOrderIsNumberedPrintedInChineseAndAnsweredByTheUnit() throws Exception {
        String due = OffsetDateTime.now(ZoneOffset.ofHours(8)).plusDays(2).withNano(0).toString();
        String request = Json.createObjectBuilder().add("kind", "SUPERVISION_ORDER").add("title", "关于井盖塌陷久拖未办的督办单")
                .add("body", "请陵西街道立即整改。\n整改情况于期限前书面反馈。").add("units", Json.createArrayBuilder().add("SD_LINGXI"))
                .add("answerDue", due).build().toString();
        Http.problem(http.call("POST", "api/v1/instruments", Flows.DISPATCHER, null, request), "forbidden");
        Http.problem(http.call("POST", "api/v1/instruments", SUPERVISOR, null,
                request.replace("SD_LINGXI", "NO_SUCH_UNIT")), "unprocessable-request");

        HttpResponse<String> issued = http.call("POST", "api/v1/instruments", SUPERVISOR, null, request);
        assertThat(issued.statusCode()).as(issued.body()).isEqualTo(201);
        JsonObject instrument = Http.json(issued);
        long id = instrument.getJsonNumber("id").longValue();
        assertThat(instrument.getString("label")).matches("督办〔20\\d\\d〕\\d+号");

        HttpResponse<byte[]> pdf = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                http.resolve("api/v1/instruments/" + id + ".pdf")).header("Authorization", SUPERVISOR)
                .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/pdf"));
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            assertThat(new PDFTextStripper().getText(document)).contains(instrument.getString("label"))
                    .contains("关于井盖塌陷久拖未办的督办单").contains("陵西街道：").contains("请陵西街道立即整改。");
        }

        JsonObject mine = Http.array(http.call("GET", "api/v1/instruments", UNIT, null, null)).stream()
                .map(JsonValue::asJsonObject).filter(i -> i.getJsonNumber("id").longValue() == id).findFirst().orElseThrow();
        assertThat(mine.getJsonArray("recipients")).hasSize(1);
        assertThat(http.call("POST", "api/v1/instruments/" + id + "/acknowledge", UNIT, null, null).statusCode())
                .isEqualTo(200);
        // the unit's head answers for the unit (签批负责人); an operator signs for it but may not answer
        Http.problem(http.call("POST", "api/v1/instruments/" + id + "/answer", UNIT, null,
                "{\"text\":\"操作员代答\"}"), "forbidden");
        Http.problem(http.call("POST", "api/v1/instruments/" + id + "/answer", HEAD, null, "{}"), "unprocessable-request");
        assertThat(http.call("POST", "api/v1/instruments/" + id + "/answer", HEAD, null,
                "{\"text\":\"已于当日完成整改，附照片。\"}").statusCode()).isEqualTo(200);
        Http.problem(http.call("POST", "api/v1/instruments/" + id + "/answer", HEAD, null,
                "{\"text\":\"再答一次\"}"), "illegal-transition");

        JsonObject office = Http.array(http.call("GET", "api/v1/instruments", SUPERVISOR, null, null)).stream()
                .map(JsonValue::asJsonObject).filter(i -> i.getJsonNumber("id").longValue() == id).findFirst().orElseThrow();
        JsonObject answer = office.getJsonArray("recipients").getJsonObject(0);
        assertThat(answer.getString("answer")).isEqualTo("已于当日完成整改，附照片。");
        assertThat(answer.getString("answeredBy")).isEqualTo("sd_lingxi-head");
        assertThat(Http.array(http.call("GET", "api/v1/notifications", UNIT, null, null)).stream()
                .map(v -> v.asJsonObject().getString("text"))).anyMatch(t -> t.contains(instrument.getString("label")));

        // 限时销号: closed by the office on an accepted answer, by the closing deadline
        assertThat(java.time.Instant.parse(office.getString("closeDue")))
                .isEqualTo(java.time.Instant.parse(office.getString("answerDue")).plus(Duration.ofDays(7)));
        assertThat(office.getBoolean("closed")).isFalse();
        String part = "api/v1/instruments/" + id + "/units/SD_LINGXI/";
        Http.problem(http.call("POST", part + "accept", HEAD, null, null), "forbidden");
        Http.problem(http.call("POST", part + "refuse", SUPERVISOR, null, "{}"), "unprocessable-request");
        JsonObject refused = Http.json(http.call("POST", part + "refuse", SUPERVISOR, null, "{\"text\":\"请附整改后照片\"}"));
        assertThat(refused.getString("refusal")).isEqualTo("请附整改后照片");
        assertThat(refused.get("answeredAt")).as("the unit answers again").isIn(null, JsonValue.NULL);
        Http.problem(http.call("POST", part + "accept", SUPERVISOR, null, null), "illegal-transition");
        assertThat(Http.array(http.call("GET", "api/v1/notifications", UNIT, null, null)).stream()
                .map(v -> v.asJsonObject().getString("text"))).anyMatch(t -> t.contains("请附整改后照片"));
        assertThat(http.call("POST", "api/v1/instruments/" + id + "/answer", HEAD, null,
                "{\"text\":\"已补充整改后照片。\"}").statusCode()).isEqualTo(200);
        JsonObject closed = Http.json(http.call("POST", part + "accept", SUPERVISOR, null, null));
        assertThat(closed.getString("closedBy")).isEqualTo("supervisor");
        Http.problem(http.call("POST", part + "accept", SUPERVISOR, null, null), "illegal-transition");
        assertThat(Http.array(http.call("GET", "api/v1/instruments", SUPERVISOR, null, null)).stream()
                .map(JsonValue::asJsonObject).filter(i -> i.getJsonNumber("id").longValue() == id).findFirst()
                .orElseThrow().getBoolean("closed")).isTrue();
        assertThat(Database.scalar("SELECT COUNT(*) FROM platform_audit_event WHERE subject_id = ? AND action IN "
                + "('supervision.instrument.closed', 'supervision.instrument.answer-refused')", "" + id)).isEqualTo(2);
    }

    @Test
    void aDrillLooksToTheUnitExactlyLikeARealOrderAndNothingAboutItLeavesThePlatform() throws Exception {
        int n = java.util.concurrent.ThreadLocalRandom.current().nextInt(1, 99_999_999);
        JsonObject answers = Json.createObjectBuilder().add("landmark", "公交站旁").add("traffic_impact", "影响通行")
                .add("anyone_injured", "false").build();
        long[] real = Flows.dispatchedTo(http, "SD_LINGXI", Http.incident("110-" + java.util.UUID.randomUUID(),
                "路灯不亮，道路漆黑").add("inquiryAnswers", answers));
        HttpResponse<String> planned = http.call("POST", "api/v1/spot-checks", SUPERVISOR, null, Json.createObjectBuilder()
                .add("targetUnit", "SD_LINGXI").add("scenario", "测陵西街道夜间签收时效")
                .add("callerName", "王五").add("callerPhone", "139" + String.format("%08d", n))
                .add("address", "沈阳市于洪区怒江北街" + n + "号").add("description", "路灯不亮，道路漆黑")
                .add("categoryCode", "C01-01").add("inquiryAnswers", answers).build().toString());
        assertThat(planned.statusCode()).as(planned.body()).isEqualTo(201);
        JsonObject check = Http.json(planned);
        long drillOrder = check.getJsonNumber("incidentId").longValue();
        long drill = Flows.order(http, drillOrder).getJsonArray("instructions").getJsonObject(0).getJsonNumber("id")
                .longValue();

        String realSeen = http.call("GET", "api/v1/instructions/" + real[1], Flows.LINGXI, null, null).body();
        String drillSeen = http.call("GET", "api/v1/instructions/" + drill, Flows.LINGXI, null, null).body();
        assertThat(shape(object(drillSeen))).isEqualTo(shape(object(realSeen)));
        assertThat(drillSeen).doesNotContainIgnoringCase("drill").doesNotContain("演练").doesNotContain("模拟")
                .doesNotContain("抽检").doesNotContain("测陵西街道");
        JsonObject listed = Http.array(http.call("GET", "api/v1/instructions", Flows.LINGXI, null, null)).stream()
                .map(JsonValue::asJsonObject).filter(i -> i.getJsonNumber("id").longValue() == drill).findFirst()
                .orElseThrow();
        assertThat(shape(listed)).isEqualTo(shape(object(realSeen)));
        String realFrom110 = http.get(http.resolve("api/v1/incidents/" + real[0]), Http.KEY_110).body();
        String drillFrom110 = http.get(http.resolve("api/v1/incidents/" + drillOrder), Http.KEY_110).body();
        assertThat(shape(object(drillFrom110))).isEqualTo(shape(object(realFrom110)));

        for (long[] pair : new long[][] {{real[0], real[1]}, {drillOrder, drill}}) {
            Flows.act(http, Flows.LINGXI, pair[1], "sign", null, 200);
            Flows.act(http, Flows.LINGXI, pair[1], "submit-result", "已修复路灯", 200);
            assertThat(http.call("POST", "api/v1/instructions/" + pair[1] + "/confirm", Flows.DISPATCHER, null, null)
                    .statusCode()).isEqualTo(200);
            assertThat(Flows.order(http, pair[0]).getString("status")).isEqualTo("CLOSED");
        }
        assertThat(Database.scalar("select count(*) from platform_outbox where idempotency_key = ?",
                "result-" + real[0] + "-1")).isEqualTo(1);
        // the drill's number whole, not as the beginning of a longer one (order 12 against key result-123-1)
        assertThat(Database.scalar("select count(*) from platform_outbox where idempotency_key regexp ? "
                + "or payload like ?", "-" + drillOrder + "(-|$)", "%\"orderId\":" + drillOrder + ",%")).isZero();
        assertThat(Database.scalar("select count(*) from supervision_callback where incident_id = ?", real[0])).isEqualTo(1);
        assertThat(Database.scalar("select count(*) from supervision_callback where incident_id = ?", drillOrder)).isZero();

        JsonObject score = Http.json(http.call("GET", "api/v1/spot-checks/" + check.getJsonNumber("id") + "/score",
                SUPERVISOR, null, null));
        JsonObject signFor = score.getJsonArray("lines").getJsonObject(0);
        assertThat(signFor.getString("stage")).isEqualTo("SIGN_FOR");
        assertThat(signFor.getBoolean("onTime")).isTrue();
        JsonObject closed = Http.json(http.call("POST", "api/v1/spot-checks/" + check.getJsonNumber("id") + "/close?version="
                + check.getJsonNumber("version"), SUPERVISOR, null, "{\"text\":\"签收及时\"}"));
        assertThat(closed.getBoolean("closed")).isTrue();
        assertThat(closed.getInt("score")).isEqualTo(score.getInt("score")).isPositive();
        Http.problem(http.call("POST", "api/v1/spot-checks", Flows.DISPATCHER, null, "{\"scenario\":\"x\"}"),
                "forbidden");
    }

    private static JsonObject object(String json) {
        return Json.createReader(new java.io.StringReader(json)).readObject();
    }

    /** The structure of a JSON value: object keys and value types, recursively; never the values. */
    private static String shape(JsonValue value) {
        return switch (value.getValueType()) {
            case OBJECT -> value.asJsonObject().entrySet().stream().sorted(java.util.Map.Entry.comparingByKey())
                    .map(e -> e.getKey() + ":" + shape(e.getValue()))
                    .collect(java.util.stream.Collectors.joining(",", "{", "}"));
            case ARRAY -> value.asJsonArray().stream().map(SupervisionApiIT::shape)
                    .collect(java.util.stream.Collectors.joining(",", "[", "]"));
            case STRING -> "string";
            case NUMBER -> "number";
            case TRUE, FALSE -> "boolean";
            case NULL -> "null";
        };
    }

    @Test
    void theDailySampleTakesClosedOrdersButNoDrillAndADefectIsRectifiedUntilTheOfficeAccepts() throws Exception {
        long[] real = Flows.dispatchedTo(http, "SD_LINGXI", "垃圾清运不及时");
        Flows.act(http, Flows.LINGXI, real[1], "sign", null, 200);
        Flows.act(http, Flows.LINGXI, real[1], "submit-result", "已清运", 200);
        http.call("POST", "api/v1/instructions/" + real[1] + "/confirm", Flows.DISPATCHER, null, null);
        int n = java.util.concurrent.ThreadLocalRandom.current().nextInt(1, 99_999_999);
        JsonObject drill = Http.json(http.call("POST", "api/v1/spot-checks", SUPERVISOR, null, Json.createObjectBuilder()
                .add("targetUnit", "SD_LINGXI").add("scenario", "测办结质量").add("callerName", "赵六")
                .add("callerPhone", "137" + String.format("%08d", n)).add("address", "沈阳市于洪区怒江北街" + n + "号")
                .add("description", "井盖缺失无人处理").add("categoryCode", "C01-01")
                .add("inquiryAnswers", Json.createObjectBuilder().add("landmark", "小区门口")
                        .add("traffic_impact", "影响通行").add("anyone_injured", "false")).build().toString()));
        long drillOrder = drill.getJsonNumber("incidentId").longValue();
        long drillInstruction = Flows.order(http, drillOrder).getJsonArray("instructions").getJsonObject(0)
                .getJsonNumber("id").longValue();
        Flows.act(http, Flows.LINGXI, drillInstruction, "sign", null, 200);
        Flows.act(http, Flows.LINGXI, drillInstruction, "submit-result", "已清运", 200);
        http.call("POST", "api/v1/instructions/" + drillInstruction + "/confirm", Flows.DISPATCHER, null, null);

        // the day the real order closed in the office's time zone, whatever the clock says by now
        String today = java.time.LocalDate.ofEpochDay(Database.scalar("SELECT TO_DAYS(closed_at + INTERVAL 8 HOUR) "
                + "- TO_DAYS('1970-01-01') FROM routing_order WHERE incident_id = ?", real[0])).toString();
        String drawToday = "{\"day\":\"" + today + "\",\"size\":500,\"stratify\":\"UNIT\"}";
        HttpResponse<String> drawn = http.call("POST", "api/v1/samples", SUPERVISOR, null, drawToday);
        assertThat(drawn.statusCode()).as(drawn.body()).isEqualTo(201);
        long sample = Http.json(drawn).getJsonNumber("id").longValue();
        Http.problem(http.call("POST", "api/v1/samples", SUPERVISOR, null, drawToday), "illegal-transition");
        var items = Http.array(http.call("GET", "api/v1/samples/" + sample + "/items", SUPERVISOR, null, null));
        var drawnIds = items.stream().map(i -> i.asJsonObject().getJsonNumber("incidentId").longValue()).toList();
        assertThat(drawnIds).contains(real[0]).doesNotContain(drillOrder);
        assertThat(Database.scalar("select count(*) from supervision_callback where flagged_for_sampling = true "
                + "and sampled_in is null")).as("every order a failed callback flagged is taken").isZero();
        assertThat(items.stream().filter(i -> i.asJsonObject().getBoolean("flagged")).count())
                .isEqualTo(Database.scalar("select count(*) from supervision_callback where sampled_in = ?", sample));
        assertThat(Http.array(http.call("GET", "api/v1/samples/" + sample + "/redraw", SUPERVISOR, null, null)).stream()
                .map(v -> ((jakarta.json.JsonNumber) v).longValue()).toList()).containsExactlyInAnyOrderElementsOf(drawnIds);

        JsonObject item = items.stream().map(JsonValue::asJsonObject)
                .filter(i -> i.getJsonNumber("incidentId").longValue() == real[0]).findFirst().orElseThrow();
        String findings = "{\"SIGNED_IN_TIME\":true,\"CALLER_CONTACTED\":true,\"ON_SCENE_IN_TIME\":true,"
                + "\"FEEDBACK_TRUE\":false,\"RESULT_PROPER\":true,\"NO_BUCK_PASSING\":true}";
        Http.problem(http.call("POST", "api/v1/sample-items/" + item.getJsonNumber("id") + "/review", SUPERVISOR, null,
                "{\"version\":" + item.getJsonNumber("version") + ",\"findings\":{\"SIGNED_IN_TIME\":true}}"),
                "unprocessable-request");
        HttpResponse<String> reviewed = http.call("POST", "api/v1/sample-items/" + item.getJsonNumber("id") + "/review",
                SUPERVISOR, null, "{\"version\":" + item.getJsonNumber("version") + ",\"findings\":" + findings
                        + ",\"note\":\"反馈称已清运，现场仍有垃圾\"}");
        assertThat(reviewed.statusCode()).as(reviewed.body()).isEqualTo(200);
        assertThat(Http.json(reviewed).getBoolean("defect")).isTrue();

        JsonObject request = Http.array(http.call("GET", "api/v1/rectifications", UNIT, null, null)).stream()
                .map(JsonValue::asJsonObject).filter(r -> r.getJsonNumber("incidentId").longValue() == real[0])
                .findFirst().orElseThrow();
        assertThat(request.getString("request")).contains("反馈内容真实完整").contains("现场仍有垃圾");
        String rectification = "api/v1/rectifications/" + request.getJsonNumber("id");
        assertThat(http.call("POST", rectification + "/answer", UNIT, null, "{\"text\":\"已复查清运\"}").statusCode())
                .as("without the version read").isEqualTo(428);
        JsonObject answered = Http.json(http.call("POST", rectification + "/answer", UNIT,
                "\"" + request.getJsonNumber("version") + "\"", "{\"text\":\"已复查清运\"}"));
        assertThat(answered.getString("status")).isEqualTo("ANSWERED");
        HttpResponse<String> stale = http.call("POST", rectification + "/refuse", SUPERVISOR,
                "\"" + request.getJsonNumber("version") + "\"", "{\"text\":\"请附现场照片\"}");
        Http.problem(stale, "concurrent-change");
        HttpResponse<String> unsaid = http.call("POST", rectification + "/refuse", SUPERVISOR,
                "\"" + answered.getJsonNumber("version") + "\"", "{}");
        assertThat(Http.problem(unsaid, "unprocessable-request").getJsonArray("errors").getJsonObject(0)
                .getString("field")).as("the field the body calls it").isEqualTo("text");
        JsonObject refused = Http.json(http.call("POST", rectification + "/refuse", SUPERVISOR,
                "\"" + answered.getJsonNumber("version") + "\"", "{\"text\":\"请附现场照片\"}"));
        assertThat(refused.getString("status")).isEqualTo("OPEN");
        JsonObject again = Http.json(http.call("POST", rectification + "/answer", UNIT,
                "\"" + refused.getJsonNumber("version") + "\"", "{\"text\":\"已补充现场照片\"}"));
        JsonObject accepted = Http.json(http.call("POST", rectification + "/accept", SUPERVISOR,
                "\"" + again.getJsonNumber("version") + "\"", null));
        assertThat(accepted.getString("status")).isEqualTo("ACCEPTED");
    }

    @Test
    void theEscalationsOfAnOrderAreReadOverHttpByTheOfficeAndNotByAUnit() throws Exception {
        long order = Flows.dispatchedTo(http, "SD_LINGXI", "背街小巷路灯不亮已有三周")[0];
        assertThat(Http.array(http.call("GET", "api/v1/orders/" + order + "/escalations", SUPERVISOR, null, null)))
                .as("no step reached yet").isEmpty();
        // a week's wait the ladder's sweep would write; the route is what is under test
        Database.update("INSERT INTO supervision_escalation (incident_id, step, level_code, level_name, recipient, "
                + "reached_at) VALUES (?, 1, 'VILLAGE', '村（社区）联动小组', 'SD_LINGXI', UTC_TIMESTAMP(6))", order);
        HttpResponse<String> read = http.call("GET", "api/v1/orders/" + order + "/escalations", SUPERVISOR, null, null);
        assertThat(read.statusCode()).as(read.body()).isEqualTo(200);
        JsonObject step = Http.array(read).getJsonObject(0);
        assertThat(step.getInt("step")).isEqualTo(1);
        assertThat(step.getString("recipient")).isEqualTo("SD_LINGXI");
        assertThat(step.getJsonNumber("incidentId").longValue()).isEqualTo(order);
        assertThat(http.call("GET", "api/v1/orders/" + order + "/escalations", UNIT, null, null).statusCode())
                .isEqualTo(403);
    }

    @Test
    void policeFeedbackWithinAndPastTheHourReaches12345OnceEachAndBothAgenciesReadIt() throws Exception {
        List<String> received = new CopyOnWriteArrayList<>();
        HttpServer hotline = HttpServer.create(new InetSocketAddress("127.0.0.1",
                java.net.URI.create(System.getenv("APP_PEER_12345_URL")).getPort()), 0);
        hotline.createContext("/12345/police-matter-feedback", exchange -> {
            try (var body = exchange.getRequestBody()) {
                received.add(exchange.getRequestHeaders().getFirst("Idempotency-Key") + " "
                        + new String(body.readAllBytes(), StandardCharsets.UTF_8));
            }
            exchange.sendResponseHeaders(202, -1);
            exchange.close();
        });
        hotline.createContext("/", exchange -> {
            exchange.sendResponseHeaders(202, -1);
            exchange.close();
        });
        hotline.start();
        try {
            long inTime = policeMatter(Duration.ofMinutes(5));
            long late = policeMatter(Duration.ofMinutes(70));
            String feedback = "{\"text\":\"已出警，现场已处置\"}";
            Http.problem(http.call("POST", "api/v1/police-matters/" + inTime + "/feedback", Http.KEY_12345, null,
                    feedback), "forbidden");
            Http.problem(http.call("POST", "api/v1/police-matters/" + inTime + "/feedback", Http.unitKey("SD_LINGXI"),
                    null, feedback), "call-not-allowed");
            assertThat(Http.problem(http.call("POST", "api/v1/police-matters/" + inTime + "/feedback", Http.KEY_110, null,
                    "{\"text\":\" \"}"), "invalid-fields").getJsonArray("errors").getJsonObject(0).getString("field"))
                    .isEqualTo("text");
            assertThat(http.call("POST", "api/v1/police-matters/999999999999/feedback", Http.KEY_110, null, feedback)
                    .statusCode()).isEqualTo(404);

            JsonObject answered = Http.json(http.call("POST", "api/v1/police-matters/" + inTime + "/feedback",
                    Http.KEY_110, null, feedback));
            assertThat(answered.getString("feedback")).isEqualTo("已出警，现场已处置");
            assertThat(answered.getBoolean("late")).isFalse();
            Http.problem(http.call("POST", "api/v1/police-matters/" + inTime + "/feedback", Http.KEY_110, null,
                    "{\"text\":\"再次反馈\"}"), "feedback-given");
            assertThat(Http.json(http.call("POST", "api/v1/police-matters/" + late + "/feedback", Http.KEY_110, null,
                    feedback)).getBoolean("late")).isTrue();

            await().atMost(Duration.ofSeconds(30)).until(() -> received.size() >= 2);
            assertThat(received).filteredOn(m -> m.startsWith("police-matter-feedback-" + inTime + " ")).singleElement()
                    .satisfies(m -> assertThat(m).contains("已出警，现场已处置").contains("\"late\":false"));
            assertThat(received).filteredOn(m -> m.startsWith("police-matter-feedback-" + late + " ")).singleElement()
                    .satisfies(m -> assertThat(m).contains("\"late\":true"));

            JsonObject read = Http.json(http.call("GET", "api/v1/police-matters/" + inTime, Http.KEY_12345, null, null));
            assertThat(read.getString("feedback")).isEqualTo("已出警，现场已处置");
            assertThat(read.getString("feedbackAt")).isNotBlank();
            assertThat(Http.array(http.call("GET", "api/v1/police-matters?max=500", Http.KEY_110, null, null)).stream()
                    .map(v -> v.asJsonObject().getJsonNumber("id").longValue())).contains(inTime, late);
            assertThat(Database.scalar("SELECT COUNT(*) FROM platform_audit_event WHERE action = "
                    + "'intake.police-matter.fed-back' AND subject_id IN (?, ?)", "" + inTime, "" + late)).isEqualTo(2);
        } finally {
            hotline.stop(0);
        }
    }

    /** An emergency police matter 12345 received this long ago; its id. */
    private long policeMatter(Duration ago) {
        HttpResponse<String> created = http.postJson("api/v1/police-matters", Http.KEY_12345, Json.createObjectBuilder()
                .add("externalNumber", "12345-" + UUID.randomUUID()).add("kind", "EMERGENCY_HELP").add("emergency", true)
                .add("receivedAt", Http.beijingTime(ago)).add("callerName", "钱七").add("callerPhone", "13511112222")
                .add("address", "沈阳市于洪区昆山西路8号").add("description", "老人被困家中，请求紧急救助").build().toString());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return Http.json(created).getJsonNumber("id").longValue();
    }

    @Test
    void instrumentsWithAUnitStillOpenPastTheClosingDeadlineAreListedForTheOffice() throws Exception {
        String title = "关于渣土车夜间扰民的督办单 " + UUID.randomUUID();
        HttpResponse<String> issued = http.call("POST", "api/v1/instruments", SUPERVISOR, null, Json.createObjectBuilder()
                .add("kind", "SUPERVISION_ORDER").add("title", title).add("body", "请限期整改。")
                .add("units", Json.createArrayBuilder().add("SD_LINGXI"))
                .add("answerDue", OffsetDateTime.now(ZoneOffset.ofHours(8)).plusHours(1).withNano(0).toString())
                .build().toString());
        assertThat(issued.statusCode()).as(issued.body()).isEqualTo(201);
        long id = Http.json(issued).getJsonNumber("id").longValue();
        assertThat(overdueClosing()).doesNotContain(id);
        // the deadline as it would stand a week and more later
        Database.update("UPDATE supervision_instrument SET close_due = DATE_SUB(UTC_TIMESTAMP(6), INTERVAL 1 MINUTE) "
                + "WHERE id = ?", id);
        assertThat(overdueClosing()).contains(id);
        Http.problem(http.call("GET", "api/v1/instruments/closing-overdue", UNIT, null, null), "forbidden");
    }

    private List<Long> overdueClosing() {
        HttpResponse<String> listed = http.call("GET", "api/v1/instruments/closing-overdue", SUPERVISOR, null, null);
        assertThat(listed.statusCode()).as(listed.body()).isEqualTo(200);
        return Http.array(listed).stream().map(v -> v.asJsonObject().getJsonNumber("id").longValue()).toList();
    }

    private JsonObject callbackOf(long order) {
        HttpResponse<String> queue = http.call("GET", "api/v1/callbacks?max=500", SUPERVISOR, null, null);
        assertThat(queue.statusCode()).as(queue.body()).isEqualTo(200);
        return Http.array(queue).stream().map(JsonValue::asJsonObject)
                .filter(c -> c.getJsonNumber("incidentId").longValue() == order).findFirst()
                .orElseThrow(() -> new AssertionError("no callback queued for order " + order));
    }
}

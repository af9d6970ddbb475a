package org.linkage110.web.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Intake from the 110 platform over HTTP: idempotency, validation, suggestion, repeat calls, territory. */
@SharedServer.Uses
class IntakeApiIT {

    @SharedServer.Base
    URL base;

    private Http http;

    @BeforeEach
    void client() {
        http = new Http(base);
    }

    private HttpResponse<String> post(JsonObjectBuilder incident) {
        return http.postJson("api/v1/incidents", Http.KEY_110, incident.build().toString());
    }

    @Test
    void aRetryReturnsTheSameOrderAndStoresNothingNew() throws SQLException {
        String number = "110-" + UUID.randomUUID();
        String body = Http.incidentJson(number, "路灯不亮一整晚");
        HttpResponse<String> first = http.postJson("api/v1/incidents", Http.KEY_110, body);
        HttpResponse<String> retry = http.postJson("api/v1/incidents", Http.KEY_110, body);

        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(retry.statusCode()).isEqualTo(200);
        assertThat(Http.json(retry).getString("outcome")).isEqualTo("REDELIVERED");
        assertThat(Http.json(retry).getJsonNumber("id").longValue()).isEqualTo(Http.json(first).getJsonNumber("id").longValue());
        assertThat(rowsWithNumber(number)).isEqualTo(1);
    }

    @Test
    void aRedeliveryWithOtherContentIs409NamingTheFieldsAndChangesNothing() throws SQLException {
        String number = "110-" + UUID.randomUUID();
        JsonObjectBuilder original = Http.incident(number, "消防栓被车撞坏正在喷水");
        JsonObject sent = original.build();
        assertThat(http.postJson("api/v1/incidents", Http.KEY_110, sent.toString()).statusCode()).isEqualTo(201);

        JsonObject changed = Json.createObjectBuilder(sent).add("description", "消防栓被撞，已经不喷水了")
                .add("callerName", "赵六").build();
        HttpResponse<String> conflict = http.postJson("api/v1/incidents", Http.KEY_110, changed.toString());

        assertThat(conflict.statusCode()).isEqualTo(409);
        JsonObject problem = Http.problem(conflict, "conflicting-redelivery");
        assertThat(problem.getString("detail")).contains(number);
        assertThat(problem.getJsonArray("errors").getValuesAs(JsonObject.class))
                .extracting(e -> e.getString("field")).containsExactlyInAnyOrder("callerName", "description");
        assertThat(rowsWithNumber(number)).isEqualTo(1);
        assertThat(descriptionOf(number)).isEqualTo("消防栓被车撞坏正在喷水");
    }

    @Test
    void twentyConcurrentIdenticalDeliveriesMakeOneOrderAndTheLosersLogNoFailure() throws Exception {
        String number = "110-" + UUID.randomUUID();
        String body = Http.incidentJson(number, "燃气表箱冒出刺鼻气味");
        ExecutorService pool = Executors.newFixedThreadPool(20);
        try (ServerOutput server = ServerOutput.capture()) {
            List<Callable<HttpResponse<String>>> calls = IntStream.range(0, 20)
                    .<Callable<HttpResponse<String>>>mapToObj(i -> () -> http.postJson("api/v1/incidents", Http.KEY_110, body))
                    .toList();
            List<HttpResponse<String>> responses = pool.invokeAll(calls).stream().map(IntakeApiIT::get).toList();
            assertThat(responses).extracting(HttpResponse::statusCode).containsOnly(200, 201);
            assertThat(responses).filteredOn(r -> r.statusCode() == 201).hasSize(1);
            assertThat(responses).extracting(r -> Http.json(r).getJsonNumber("id").longValue()).containsOnly(
                    Http.json(responses.get(0)).getJsonNumber("id").longValue());
            // the losers waited on the claim instead of failing on the unique key: nothing for an operator to chase
            await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5)).untilAsserted(() ->
                    assertThat(server.text()).doesNotContain("Duplicate entry", "A system exception occurred"));
        } finally {
            pool.shutdownNow();
        }
        assertThat(rowsWithNumber(number)).isEqualTo(1);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
            "receivedAt   | ",
            "receivedAt   | 2026-11-23T19:05:00",
            "receivedAt   | 23/11/2026 19:05",
            "receivedAt   | 2099-01-01T00:00:00+08:00",
            "callerPhone  | 电话号码",
            "callerPhone  | 12",
            "address      | ",
            "description  | ",
            "externalNumber | ",
            "externalNumber | 110 0001",
            "categoryCode | C01",
            "categoryCode | 公共设施"})
    void eachMalformedFieldIs400NamingItAndStoresNothing(String field, String value) throws SQLException {
        String number = "110-" + UUID.randomUUID();
        JsonObjectBuilder incident = Http.incident(number, "桥栏杆松动");
        if (field.equals("externalNumber")) {
            number = value == null ? "" : value;
        }
        JsonObject sent = (value == null ? Json.createObjectBuilder(incident.build()).remove(field)
                : Json.createObjectBuilder(incident.build()).add(field, value)).build();
        HttpResponse<String> response = http.postJson("api/v1/incidents", Http.KEY_110, sent.toString());

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(Http.problem(response, "invalid-fields").getJsonArray("errors").getValuesAs(JsonObject.class))
                .extracting(e -> e.getString("field")).containsExactly(field);
        assertThat(rowsWithNumber(sent.containsKey("externalNumber") ? sent.getString("externalNumber") : number))
                .isZero();
    }

    @Test
    void overlongTextsAre400() {
        JsonObject sent = Json.createObjectBuilder(Http.incident("110-" + UUID.randomUUID(), "长").build())
                .add("description", "长".repeat(4001))
                .add("address", "地".repeat(501))
                .add("callerName", "名".repeat(101)).build();
        HttpResponse<String> response = http.postJson("api/v1/incidents", Http.KEY_110, sent.toString());
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(Http.problem(response, "invalid-fields").getJsonArray("errors").getValuesAs(JsonObject.class))
                .extracting(e -> e.getString("field")).containsExactly("address", "callerName", "description");
    }

    @Test
    void aDescriptionOf4000CharactersIsAccepted() {
        JsonObject sent = Json.createObjectBuilder(Http.incident("110-" + UUID.randomUUID(), "长").build())
                .add("description", "井盖缺失" + "长".repeat(3996)).build();
        assertThat(http.postJson("api/v1/incidents", Http.KEY_110, sent.toString()).statusCode()).isEqualTo(201);
    }

    @Test
    void anUnknownCategoryIs422AndStoresNothing() throws SQLException {
        String number = "110-" + UUID.randomUUID();
        HttpResponse<String> response = post(Http.incident(number, "桥梁护栏断了").add("categoryCode", "C09-99"));
        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(Http.problem(response, "unprocessable-incident").getJsonArray("errors").getValuesAs(JsonObject.class))
                .extracting(e -> e.getString("field")).containsExactly("categoryCode");
        assertThat(rowsWithNumber(number)).isZero();
    }

    @Test
    void anAnswerToAnUnknownInquiryElementIs422() {
        HttpResponse<String> response = post(Http.incident("110-" + UUID.randomUUID(), "井盖没了")
                .add("inquiryAnswers", Json.createObjectBuilder().add("no_such_question", "x")));
        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(Http.problem(response, "unprocessable-incident").getJsonArray("errors").getValuesAs(JsonObject.class))
                .extracting(e -> e.getString("field")).containsExactly("inquiryAnswers.no_such_question");
    }

    @Test
    void withoutACategoryTheSuggestionIsAppliedAndMarked() {
        HttpResponse<String> response = post(Http.incident("110-" + UUID.randomUUID(), "小区楼下的井盖丢了，晚上很危险")
                .remove("categoryCode"));
        assertThat(response.statusCode()).isEqualTo(201);
        assertThat(Http.json(response).getString("categoryCode")).isEqualTo("C01-01");
        assertThat(Http.json(response).getBoolean("categorySuggested")).isTrue();

        HttpResponse<String> given = post(Http.incident("110-" + UUID.randomUUID(), "小区楼下的井盖丢了"));
        assertThat(Http.json(given).getBoolean("categorySuggested")).isFalse();
    }

    @Test
    void aSecondCallAboutTheSameProblemIsLinkedToTheOpenOrder() {
        String place = "于洪区陵西公园东门" + UUID.randomUUID().toString().substring(0, 6);
        HttpResponse<String> first = post(Http.incident("110-" + UUID.randomUUID(), "公园门口井盖没了")
                .add("address", "沈阳市" + place + "附近"));
        HttpResponse<String> second = post(Http.incident("110-" + UUID.randomUUID(), "又有人打电话说井盖丢失")
                .add("address", place).add("callerPhone", "13700001111")
                .add("receivedAt", Http.beijingTime(Duration.ofMinutes(50))));

        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(second.statusCode()).isEqualTo(200);
        JsonObject receipt = Http.json(second);
        assertThat(receipt.getString("outcome")).isEqualTo("REPEAT_LINKED");
        assertThat(receipt.getJsonNumber("orderId").longValue()).isEqualTo(Http.json(first).getJsonNumber("id").longValue());
        assertThat(receipt.getInt("repeatCount")).isEqualTo(1);
    }

    @Test
    void theSameCallerAboutTheSameCategoryIsLinkedEvenAtAnotherAddress() {
        HttpResponse<String> first = post(Http.incident("110-" + UUID.randomUUID(), "工地夜间施工太吵")
                .add("categoryCode", "C04-01").add("callerPhone", "13612340000"));
        HttpResponse<String> second = post(Http.incident("110-" + UUID.randomUUID(), "还在施工，吵得没法睡")
                .add("categoryCode", "C04-01").add("callerPhone", "13612340000")
                .add("receivedAt", Http.beijingTime(Duration.ofMinutes(30))));
        assertThat(Http.json(second).getString("outcome")).isEqualTo("REPEAT_LINKED");
        assertThat(Http.json(second).getJsonNumber("orderId").longValue()).isEqualTo(Http.json(first).getJsonNumber("id").longValue());
    }

    @Test
    void theSameAddressWithAnotherCategoryOpensANewOrder() {
        String address = "沈阳市于洪区怒江北街" + UUID.randomUUID().toString().substring(0, 6) + "号";
        assertThat(post(Http.incident("110-" + UUID.randomUUID(), "井盖缺失").add("address", address)).statusCode())
                .isEqualTo(201);
        HttpResponse<String> other = post(Http.incident("110-" + UUID.randomUUID(), "路灯不亮").add("address", address)
                .add("categoryCode", "C01-02"));
        assertThat(other.statusCode()).isEqualTo(201);
        assertThat(Http.json(other).getString("outcome")).isEqualTo("CREATED");
    }

    @Test
    void aCallOutsideTheWindowOpensANewOrder() {
        String address = "沈阳市于洪区怒江北街" + UUID.randomUUID().toString().substring(0, 6) + "号";
        assertThat(post(Http.incident("110-" + UUID.randomUUID(), "井盖缺失").add("address", address)
                .add("receivedAt", Http.beijingTime(Duration.ofHours(72)))).statusCode()).isEqualTo(201);
        HttpResponse<String> later = post(Http.incident("110-" + UUID.randomUUID(), "井盖还是没有").add("address", address)
                .add("receivedAt", Http.beijingTime(Duration.ofMinutes(1))));
        assertThat(Http.json(later).getString("outcome")).isEqualTo("CREATED");
    }

    @Test
    void theAddressPlacesTheOrderInItsSubDistrict() {
        HttpResponse<String> created = post(Http.incident("110-" + UUID.randomUUID(), "路灯不亮")
                .add("categoryCode", "C01-02").add("address", "沈阳市于洪区怒江北街" + UUID.randomUUID() + "号"));
        URI location = URI.create(created.headers().firstValue("Location").orElseThrow());
        JsonObject incident = Http.json(http.get(location, Http.KEY_110));
        assertThat(incident.getString("subDistrict")).isEqualTo("SD_LINGXI");
        assertThat(incident.getString("gridCode")).startsWith("SD_LINGXI-G");
    }

    @Test
    void anAgencyThatDoesNotSendIncidentsIsRefused() {
        HttpResponse<String> response = http.postJson("api/v1/incidents", "sd_lingxi.Demo-110",
                Http.incidentJson("X-" + UUID.randomUUID(), "测试"));
        assertThat(response.statusCode()).isEqualTo(403);
        Http.problem(response, "call-not-allowed");
    }

    private static HttpResponse<String> get(Future<HttpResponse<String>> future) {
        try {
            return future.get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static long rowsWithNumber(String number) throws SQLException {
        return Database.scalar("select count(*) from intake_incident where external_number = ?", number);
    }

    private static String descriptionOf(String number) throws SQLException {
        try (Connection c = Database.connect();
             PreparedStatement s = c.prepareStatement("select description from intake_incident where external_number = ?")) {
            s.setString(1, number);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }
}

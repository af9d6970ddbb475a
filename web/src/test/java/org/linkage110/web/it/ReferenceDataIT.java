package org.linkage110.web.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.linkage110.platform.ReferenceData;

/**
 * The district's reference data kept in the system, over real HTTP: every change has a reason and
 * a history, takes effect at its moment and spares what was dispatched before; the duty roster;
 * every one of the 39 units acting with its own demo account and key; an operator's extension
 * request waiting for the unit head's sign-off. Changes the tests make to shared data are undone.
 */
@SharedServer.Uses
class ReferenceDataIT {

    private static final String ADMIN = Http.staff("admin");
    private static final String SUPERVISOR = Http.staff("supervisor");
    private static final String DISPATCHER = Http.staff("dispatcher");
    private static final ZoneId OFFICE = ZoneId.of("Asia/Shanghai");

    @SharedServer.Base
    URL base;

    private Http http;

    @BeforeEach
    void client() {
        http = new Http(base);
    }

    @Test
    void aDeadlineChangeNeedsAReasonKeepsItsHistoryAndSparesInstructionsDispatchedBefore() {
        String signFor = "api/v1/reference-data/deadline-rule/2:ALL:SIGN_FOR";
        Http.problem(http.call("PUT", signFor, ADMIN, null, change(Map.of("level", "2", "unitClass", "ALL",
                "stage", "SIGN_FOR", "amount", "45", "unit", "MINUTES"), "")), "unprocessable-request");
        Http.problem(http.call("PUT", signFor, DISPATCHER, null, change(Map.of("level", "2", "unitClass", "ALL",
                "stage", "SIGN_FOR", "amount", "45", "unit", "MINUTES"), "试试")), "forbidden");

        long before = dispatch("HOUSING_BUREAU", 2, "楼上装修把承重墙打了，墙面开裂");
        String callerContact = "api/v1/reference-data/deadline-rule/1:TOWN:CALLER_CONTACT";
        long town = dispatch("SD_LINGXI", 1, "陵西小区两户人家因为漏水吵起来了");
        try {
            JsonObject revision = Http.json(http.call("PUT", signFor, SUPERVISOR, null, change(Map.of("level", "2",
                    "unitClass", "ALL", "stage", "SIGN_FOR", "amount", "45", "unit", "MINUTES"), "按区政府新规延长签收时限")));
            assertThat(revision.getString("status")).isEqualTo("APPLIED");
            assertThat(http.call("PUT", callerContact, SUPERVISOR, null, change(Map.of("level", "1", "unitClass", "TOWN",
                    "stage", "CALLER_CONTACT", "amount", "7", "unit", "MINUTES"), "试行")).statusCode()).isEqualTo(200);
            long after = dispatch("HOUSING_BUREAU", 2, "小区里有栋楼外墙砖掉下来了");

            assertThat(minutesToDue(before, "SIGN_FOR")).isEqualTo(30);
            assertThat(minutesToDue(after, "SIGN_FOR")).isEqualTo(45);
            // a stage that starts at signing follows the rules the instruction was sent with, not today's table
            JsonObject signed = Http.json(Flows.act(http, Flows.LINGXI, town, "sign", null, 200));
            Instant signedAt = Instant.parse(signed.getString("signedAt"));
            assertThat(Duration.between(signedAt, due(signed, "CALLER_CONTACT")).toMinutes()).isEqualTo(3);

            JsonArray history = Http.array(http.call("GET", signFor + "/history", DISPATCHER, null, null));
            JsonObject last = history.getJsonObject(0);
            assertThat(last.getString("reason")).isEqualTo("按区政府新规延长签收时限");
            assertThat(last.getString("changedBy")).isEqualTo("supervisor");
            assertThat(json(last.getString("before")).getString("amount")).isEqualTo("30");
            assertThat(json(last.getString("after")).getString("amount")).isEqualTo("45");
        } finally {
            http.call("PUT", signFor, ADMIN, null, change(Map.of("level", "2", "unitClass", "ALL", "stage", "SIGN_FOR",
                    "amount", "30", "unit", "MINUTES"), "测试后恢复"));
            http.call("PUT", callerContact, ADMIN, null, change(Map.of("level", "1", "unitClass", "TOWN",
                    "stage", "CALLER_CONTACT", "amount", "3", "unit", "MINUTES"), "测试后恢复"));
        }
    }

    @Test
    void aHolidayAddedToTheCalendarMovesTheResultDeadlineOfALevelTwoOrderSentAfterIt() {
        long before = dispatch("MARKET_SUPERVISION_BUREAU", 2, "超市卖过期的牛奶，店员不肯退");
        LocalDate resultDay = due(instruction(before), "RESULT").atZone(OFFICE).toLocalDate();
        String day = "api/v1/reference-data/calendar-day/" + resultDay;
        HttpResponse<String> added = http.call("POST", "api/v1/reference-data/calendar-day", SUPERVISOR, null,
                change(Map.of("date", resultDay.toString(), "kind", "HOLIDAY", "nameZh", "测试假日", "note", ""),
                        "区里临时放假一天"));
        assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
        try {
            long after = dispatch("MARKET_SUPERVISION_BUREAU", 2, "饭店后厨老鼠乱窜，吃出了头发");
            LocalDate movedTo = due(instruction(after), "RESULT").atZone(OFFICE).toLocalDate();
            assertThat(movedTo).isAfter(resultDay);
            assertThat(due(instruction(before), "RESULT").atZone(OFFICE).toLocalDate()).isEqualTo(resultDay);
        } finally {
            HttpResponse<String> removed = http.call("DELETE", day + "?reason=" + encode("测试后恢复"), SUPERVISOR, null, null);
            assertThat(removed.statusCode()).as(removed.body()).isEqualTo(200);
        }
    }

    @Test
    void aYearsCalendarIsImportedFromCsvAndEachDayItChangesIsKept() {
        List<Map<String, String>> shipped2027 = ReferenceData.rows("calendar", "date", "kind", "name_zh", "note").stream()
                .filter(r -> r.get("date").startsWith("2027-")).toList();
        String without = csv(shipped2027.subList(1, shipped2027.size()));
        String dropped = shipped2027.get(0).get("date");
        HttpResponse<String> imported = http.call("POST", "api/v1/reference-data/calendar-day/import?year=2027&reason="
                + encode("国务院办公厅通知"), SUPERVISOR, null, "text/csv", without);
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
        assertThat(Http.array(imported)).hasSize(1);
        assertThat(http.call("GET", "api/v1/reference-data/calendar-day/" + dropped, DISPATCHER, null, null).statusCode())
                .isEqualTo(404);
        Http.problem(http.call("POST", "api/v1/reference-data/calendar-day/import?year=2027&reason=" + encode("再导一次"),
                SUPERVISOR, null, "text/csv", without), "unprocessable-request");
        Http.problem(http.call("POST", "api/v1/reference-data/calendar-day/import?year=2026&reason=" + encode("错年份"),
                SUPERVISOR, null, "text/csv", without), "unprocessable-request");

        assertThat(http.call("POST", "api/v1/reference-data/calendar-day/import?year=2027&reason=" + encode("恢复"),
                SUPERVISOR, null, "text/csv", csv(shipped2027)).statusCode()).isEqualTo(200);
        assertThat(http.call("GET", "api/v1/reference-data/calendar-day/" + dropped, DISPATCHER, null, null).statusCode())
                .isEqualTo(200);
    }

    @Test
    void aChangeScheduledForLaterWaitsThenTakesEffectAtItsMoment() {
        String grid = "api/v1/reference-data/grid/SD_LINGXI-G02";
        JsonObject now = Http.json(http.call("GET", grid, DISPATCHER, null, null));
        Map<String, String> renamed = values(now.getJsonObject("values"));
        renamed.put("nameZh", "怒江社区（更名）");
        Instant at = Instant.now().plusSeconds(15);
        JsonObject revision = Http.json(http.call("PUT", grid, SUPERVISOR, null, change(renamed, "社区更名", at)));
        try {
            assertThat(revision.getString("status")).isEqualTo("PENDING");
            assertThat(Http.array(http.call("GET", "api/v1/reference-data/pending", DISPATCHER, null, null)).stream()
                    .map(v -> v.asJsonObject().getJsonNumber("id").longValue()))
                    .contains(revision.getJsonNumber("id").longValue());
            assertThat(Http.json(http.call("GET", grid, DISPATCHER, null, null)).getJsonObject("values")
                    .getString("nameZh")).isEqualTo("怒江社区");
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1)).until(() -> Http.json(
                    http.call("GET", grid, DISPATCHER, null, null)).getJsonObject("values").getString("nameZh")
                    .equals("怒江社区（更名）"));
            assertThat(Http.array(http.call("GET", grid + "/history", DISPATCHER, null, null)).getJsonObject(0)
                    .getString("status")).isEqualTo("APPLIED");
            Http.problem(http.call("PUT", grid, SUPERVISOR, null, change(renamed, "过去的时间",
                    Instant.now().minusSeconds(3600))), "unprocessable-request");
        } finally {
            renamed.put("nameZh", "怒江社区");
            http.call("PUT", grid, SUPERVISOR, null, change(renamed, "测试后恢复"));
        }
    }

    @Test
    void theOfficeAddsAnItemAndItsLeadInOneChangeAndTheNextCallOfThatItemGoesToThatLead() {
        String code = "C09-" + (10 + (int) (Math.random() * 89));
        String changes = Json.createArrayBuilder()
                .add(batch("taxonomy-item", Map.of("code", code, "parentCode", "C09", "nameZh", "共享单车乱停放",
                        "nameEn", "Shared bikes parked badly", "keywords", "共享单车|单车堵路", "active", "true")))
                .add(batch("responsibility", Map.of("itemCode", code, "leadUnit", "CITY_MANAGEMENT_BUREAU",
                        "coUnits", "SD_LINGXI")))
                .build().toString();
        HttpResponse<String> saved = http.call("POST", "api/v1/reference-data/changes", SUPERVISOR, null, changes);
        if (saved.statusCode() == 422 && saved.body().contains("exists")) {
            return; // the random code was taken by an earlier run against the same database
        }
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
        long order = Flows.push(http, Http.incident("110-" + UUID.randomUUID(), "小区门口一排共享单车堵住了盲道")
                .add("categoryCode", code));
        assertThat(Flows.order(http, order).getString("proposedLead")).isEqualTo("CITY_MANAGEMENT_BUREAU");

        String badBatch = Json.createArrayBuilder()
                .add(batch("taxonomy-item", Map.of("code", "C09-99", "parentCode", "C09", "nameZh", "不会保存",
                        "nameEn", "never saved", "keywords", "", "active", "true")))
                .add(batch("responsibility", Map.of("itemCode", "C09-99", "leadUnit", "AGRI_TECH_EXTENSION_CENTRE",
                        "coUnits", "")))
                .build().toString();
        Http.problem(http.call("POST", "api/v1/reference-data/changes", SUPERVISOR, null, badBatch), "unprocessable-request");
        assertThat(http.call("GET", "api/v1/reference-data/taxonomy-item/C09-99", DISPATCHER, null, null).statusCode())
                .as("nothing of a refused batch is written").isEqualTo(404);
    }

    @Test
    void everyUnitActsThroughItsOwnDemoAccountAndKeyAndAJointOrderLedByTheHrBureauIsSignedByEveryUnitOfIt() {
        JsonArray units = Http.array(http.call("GET", "api/v1/units", DISPATCHER, null, null));
        assertThat(units).hasSize(39);
        for (JsonValue value : units) {
            String code = value.asJsonObject().getString("code");
            assertThat(http.call("GET", "api/v1/instructions", Http.unitKey(code), null, null).statusCode())
                    .as("key of " + code).isEqualTo(200);
            assertThat(http.call("GET", "api/v1/accounts/me", Http.staff(code.toLowerCase()), null, null).statusCode())
                    .as("operator of " + code).isEqualTo(200);
        }
        for (String code : List.of("HR_SOCIAL_SECURITY_BUREAU", "ETHNIC_RELIGIOUS_BUREAU", "SD_GUANGHUI")) {
            JsonObject head = Http.json(http.call("GET", "api/v1/accounts/me", Http.staff(code.toLowerCase() + "-head"),
                    null, null));
            assertThat(head.getString("unitCode")).isEqualTo(code);
        }

        long id = Flows.push(http, Http.incident("110-" + UUID.randomUUID(), "工地几十个工人围着项目部讨薪，情绪激动，有人推搡"));
        List<String> co = List.of("SD_YUHONG", "PSB_YUHONG", "JUSTICE_BUREAU");
        HttpResponse<String> sent = http.call("POST", "api/v1/orders/" + id + "/dispatch", DISPATCHER, null,
                Json.createObjectBuilder().add("handlingClass", "JOINT_HANDLING").add("level", 1).add("dispatchMode", "JOINT")
                        .add("leadUnit", "HR_SOCIAL_SECURITY_BUREAU").add("coUnits", Json.createArrayBuilder(co))
                        .add("reason", "讨薪现场有冲突苗头，人社局牵头").build().toString());
        assertThat(sent.statusCode()).as(sent.body()).isEqualTo(200);
        for (JsonValue instruction : Http.array(sent)) {
            String unit = instruction.asJsonObject().getString("unitCode");
            long instructionId = instruction.asJsonObject().getJsonNumber("id").longValue();
            assertThat(Http.json(Flows.act(http, Http.unitKey(unit), instructionId, "sign", null, 200))
                    .getString("status")).as(unit).isEqualTo("SIGNED");
        }
    }

    @Test
    void anOperatorsExtensionRequestWaitsForTheUnitHeadBeforeTheOfficeDecides() {
        long instruction = dispatch("SD_NANYANGHU", 2, "南阳湖农贸市场门口积水好几天了");
        String operator = Http.staff("sd_nanyanghu");
        String head = Http.staff("sd_nanyanghu-head");
        Flows.act(http, operator, instruction, "sign", null, 200);
        String due = Instant.now().plus(Duration.ofDays(10)).truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString();
        HttpResponse<String> asked = http.call("POST", "api/v1/instructions/" + instruction + "/actions/request-extension",
                operator, null, Json.createObjectBuilder().add("text", "需等排水公司疏通管网").add("requestedDue", due)
                        .build().toString());
        assertThat(asked.statusCode()).as(asked.body()).isEqualTo(200);
        JsonObject request = extensionOf(instruction);
        assertThat(request.containsKey("signedOffAt")).isFalse();
        long requestId = request.getJsonNumber("id").longValue();
        Http.problem(http.call("POST", "api/v1/orders/requests/" + requestId + "/accept", DISPATCHER, null, "{}"),
                "illegal-transition");
        assertThat(Http.array(http.call("GET", "api/v1/instructions/requests/awaiting-sign-off", head, null, null)).stream()
                .map(v -> v.asJsonObject().getJsonNumber("id").longValue())).contains(requestId);
        Http.problem(http.call("POST", "api/v1/instructions/requests/" + requestId + "/sign-off", operator, null,
                "{\"approve\":true}"), "forbidden");
        Http.problem(http.call("POST", "api/v1/instructions/requests/" + requestId + "/sign-off",
                Http.staff("sd_lingxi-head"), null, "{\"approve\":true}"), "not-found");

        JsonObject signedOff = Http.json(http.call("POST", "api/v1/instructions/requests/" + requestId + "/sign-off", head,
                null, "{\"approve\":true}"));
        assertThat(signedOff.getString("signedOffBy")).isEqualTo("sd_nanyanghu-head");
        assertThat(signedOff.getString("headName")).contains("南阳湖街道");
        assertThat(http.call("POST", "api/v1/orders/requests/" + requestId + "/accept", DISPATCHER, null, "{}").statusCode())
                .isEqualTo(200);
        assertThat(Instant.parse(due(instruction(instruction), "RESULT").toString())).isEqualTo(Instant.parse(due));
    }

    @Test
    void theOfficeAndTheUnitKeepItsDutyRosterAndTheDispatcherSeesWhoIsOnDutyNow() {
        String unit = "api/v1/units/HR_SOCIAL_SECURITY_BUREAU";
        Instant now = Instant.now();
        HttpResponse<String> added = http.call("POST", unit + "/duty-shifts", SUPERVISOR, null, shift("王值班", now.minusSeconds(60),
                now.plus(Duration.ofHours(8))));
        assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
        long shiftId = Http.json(added).getJsonNumber("id").longValue();
        JsonObject duty = Http.json(http.call("GET", unit + "/duty", DISPATCHER, null, null));
        assertThat(duty.getString("dutyRegime")).isEqualTo("THREE_FIXED");
        assertThat(duty.getJsonArray("onDuty").stream().map(s -> s.asJsonObject().getString("personName")))
                .contains("王值班");

        String own = Http.staff("hr_social_security_bureau");
        assertThat(http.call("POST", unit + "/duty-shifts", own, null, shift("李夜班", now.plus(Duration.ofHours(8)),
                now.plus(Duration.ofHours(16)))).statusCode()).isEqualTo(201);
        Http.problem(http.call("POST", "api/v1/units/SD_LINGXI/duty-shifts", own, null, shift("越权", now,
                now.plus(Duration.ofHours(1)))), "not-found");
        Http.problem(http.call("GET", "api/v1/units/SD_LINGXI/duty", own, null, null), "not-found");
        Http.problem(http.call("POST", unit + "/duty-shifts", own, null, shift("倒班", now.plus(Duration.ofHours(2)),
                now.plus(Duration.ofHours(1)))), "unprocessable-request");

        Http.problem(http.call("DELETE", unit + "/duty-shifts/" + shiftId, own, null, null), "unprocessable-request");
        assertThat(http.call("DELETE", unit + "/duty-shifts/" + shiftId + "?reason=" + encode("临时调班"), own, null, null)
                .statusCode()).isEqualTo(204);
        assertThat(Http.json(http.call("GET", unit + "/duty", DISPATCHER, null, null)).getJsonArray("onDuty").stream()
                .map(s -> s.asJsonObject().getJsonNumber("id").longValue())).doesNotContain(shiftId);
    }

    @Test
    void theDispatcherSeesWhoTheProposedLeadUnitHasOnDutyOnTheOrderPage() throws Exception {
        Instant now = Instant.now();
        String person = "赵值守" + UUID.randomUUID().toString().substring(0, 4);
        assertThat(http.call("POST", "api/v1/units/URBAN_CONSTRUCTION_BUREAU/duty-shifts", SUPERVISOR, null,
                shift(person, now.minusSeconds(60), now.plus(Duration.ofHours(4)))).statusCode()).isEqualTo(201);
        long order = Flows.push(http, Http.incident("110-" + UUID.randomUUID(), "路边检查井的井盖不见了，晚上看不清")
                .add("categoryCode", "C01-01"));
        assertThat(Flows.order(http, order).getString("proposedLead")).isEqualTo("URBAN_CONSTRUCTION_BUREAU");
        try (Browser browser = new Browser()) {
            browser.signIn(http.resolve("login.xhtml").toString(), "dispatcher", "Demo-110");
            browser.waitForUrlContaining("/app/home.xhtml");
            browser.open(http.resolve("app/incident.xhtml?id=" + order).toString());
            String duty = browser.visible(By.id("lead-duty")).getText();
            assertThat(duty).contains("区城市建设局").contains("三定").contains(person).contains("024-8888 1234");
            browser.screenshot("order-lead-duty");
        }
    }

    @Test
    void aSupervisorChangesAUnitsDutyPhoneOnTheReferencePageAndReadsTheChangeInItsHistory() throws Exception {
        String phone = "024-2" + (100 + (int) (Math.random() * 899)) + "-0000";
        try (Browser browser = new Browser()) {
            browser.signIn(http.resolve("login.xhtml").toString(), "supervisor", "Demo-110");
            browser.waitForUrlContaining("/app/home.xhtml");
            browser.visible(By.id("nav-reference")).click();
            browser.waitForUrlContaining("/app/reference.xhtml");
            browser.visible(By.xpath("//tr[contains(., 'EDUCATION_BUREAU')]//a[contains(@class,'edit-entry')]")).click();
            var field = browser.visible(By.cssSelector("input.field-dutyPhone"));
            field.clear();
            field.sendKeys(phone);
            browser.visible(By.id("entry:reason")).sendKeys("值班电话变更");
            browser.visible(By.id("entry:save")).click();
            assertThat(browser.visible(By.id("messages")).getText()).contains("已保存并生效");
            assertThat(browser.visible(By.id("history")).getText()).contains("值班电话").contains(phone)
                    .contains("值班电话变更").contains("supervisor");
            browser.screenshot("reference-unit-history");
            browser.open(http.resolve("app/reference.xhtml?kind=responsibility").toString());
            assertThat(browser.visible(By.cssSelector("h1")).getText()).contains("权责清单");
            browser.screenshot("reference-responsibility");
        }
        assertThat(Http.json(http.call("GET", "api/v1/reference-data/linkage-unit/EDUCATION_BUREAU", DISPATCHER, null,
                null)).getJsonObject("values").getString("dutyPhone")).isEqualTo(phone);
    }

    /** A fresh order at this level dispatched to the unit as lead; its instruction's id. */
    private long dispatch(String unit, int level, String description) {
        long id = Flows.push(http, Http.incident("110-" + UUID.randomUUID(), description));
        HttpResponse<String> sent = http.call("POST", "api/v1/orders/" + id + "/dispatch", DISPATCHER, null,
                Json.createObjectBuilder().add("handlingClass", level == 1 ? "JOINT_HANDLING" : "SOURCE_DIVERSION")
                        .add("level", level).add("dispatchMode", level == 1 ? "JOINT" : "IMMEDIATE").add("leadUnit", unit)
                        .add("coUnits", Json.createArrayBuilder()).add("reason", "测试所需的派单").build().toString());
        assertThat(sent.statusCode()).as(sent.body()).isEqualTo(200);
        return Http.array(sent).getJsonObject(0).getJsonNumber("id").longValue();
    }

    private JsonObject instruction(long id) {
        return Http.json(http.call("GET", "api/v1/instructions/" + id, DISPATCHER, null, null));
    }

    private long minutesToDue(long instruction, String stage) {
        JsonObject view = instruction(instruction);
        return Duration.between(Instant.parse(view.getString("dispatchedAt")), due(view, stage)).toMinutes();
    }

    private static Instant due(JsonObject instruction, String stage) {
        return instruction.getJsonArray("stages").stream().map(JsonValue::asJsonObject)
                .filter(s -> s.getString("stage").equals(stage)).map(s -> Instant.parse(s.getString("dueAt")))
                .findFirst().orElseThrow(() -> new AssertionError("no stage " + stage + " in " + instruction));
    }

    private JsonObject extensionOf(long instruction) {
        return Http.array(http.call("GET", "api/v1/instructions/" + instruction + "/records", DISPATCHER, null, null))
                .stream().map(JsonValue::asJsonObject).filter(r -> r.getString("kind").equals("EXTENSION")).findFirst()
                .orElseThrow();
    }

    private static String change(Map<String, String> values, String reason) {
        return change(values, reason, null);
    }

    private static String change(Map<String, String> values, String reason, Instant effectiveFrom) {
        JsonObjectBuilder body = Json.createObjectBuilder().add("values", Json.createObjectBuilder(Map.copyOf(values)))
                .add("reason", reason);
        if (effectiveFrom != null) {
            body.add("effectiveFrom", effectiveFrom.atZone(OFFICE).toOffsetDateTime().toString());
        }
        return body.build().toString();
    }

    private static JsonObjectBuilder batch(String kind, Map<String, String> values) {
        return Json.createObjectBuilder().add("kind", kind).add("values", Json.createObjectBuilder(Map.copyOf(values)))
                .add("reason", "补充权责清单");
    }

    private static String shift(String person, Instant from, Instant to) {
        return Json.createObjectBuilder().add("personName", person).add("phone", "024-8888 1234").add("duty", "值班员")
                .add("startsAt", from.atZone(OFFICE).toOffsetDateTime().toString())
                .add("endsAt", to.atZone(OFFICE).toOffsetDateTime().toString()).build().toString();
    }

    private static Map<String, String> values(JsonObject json) {
        return json.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
                e -> ((jakarta.json.JsonString) e.getValue()).getString(), (a, b) -> a, java.util.HashMap::new));
    }

    private static JsonObject json(String text) {
        return Json.createReader(new java.io.StringReader(text)).readObject();
    }

    private static String csv(List<Map<String, String>> rows) {
        return "date,kind,name_zh,note\n" + rows.stream().map(r -> String.join(",", r.get("date"), r.get("kind"),
                r.get("name_zh"), r.get("note"))).collect(Collectors.joining("\n")) + "\n";
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}

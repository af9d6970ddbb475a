package org.linkage110.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The figures follow every change of an order as the change answers, without any refresh: after
 * each kind of action (intake, dispatch, diversion to 12345, sign, contact, arrive, report,
 * extension, more units, result, confirm and close, callback, reopen by a callback and by the office,
 * return and re-dispatch, back to 110, a repeat call) a day's figures equal a recomputation from the
 * raw rows, and every count's drill-down adds up to it; changes made on many connections at once
 * (as two servers would) add up too. The check finds and repairs what was changed behind the
 * application's back and tells the office. Each test has a day of receipt of its own, far in the past.
 */
@SharedServer.Uses
class FiguresKeptCurrentIT {

    private static final String SUPERVISOR = Http.staff("supervisor");
    private static final String CITY = "CITY_MANAGEMENT_BUREAU";

    @SharedServer.Base
    URL base;

    private Http http;
    private DayDriver driver;
    private String day;

    @BeforeEach
    void connect() {
        http = new Http(base);
        driver = new DayDriver(http, 0);
        day = LocalDate.of(2002, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(0, 3000)).toString();
    }

    @Test
    void everyKindOfActionMovesTheFiguresBeforeItAnswers() throws SQLException {
        long a = deliver(9, "路灯不亮，道路漆黑", "C01-05", phone());
        current("intake");
        JsonObject lead = dispatch(a, "IMMEDIATE", CITY);
        current("dispatch");
        JsonObject signed = driver.act(lead, "sign", null);
        current("sign");
        if (DayDriver.allows(signed, "CONTACT_CALLER")) {
            driver.act(lead, "contact-caller", "已电话联系报警人");
            current("contact-caller");
        }
        if (DayDriver.allows(driver.instruction(lead), "ARRIVE")) {
            driver.act(lead, "arrive", null);
            current("arrive");
        }
        if (DayDriver.allows(driver.instruction(lead), "REPORT")) {
            driver.act(lead, "report", "已到场核实，正在处置");
            current("first report");
        }
        driver.extend(lead);
        current("extension accepted");
        JsonObject co = driver.moreUnits(lead, "SD_LINGXI", a);
        current("more units accepted");
        driver.takeUp(co);
        current("the co-unit signs");
        driver.finish(co);
        current("the co-unit's result");
        driver.act(lead, "submit-result", "路灯已修复");
        current("the lead's result");
        driver.confirm(co);
        current("confirm");
        driver.confirm(lead);
        current("confirm, closed and reported back");
        driver.callBack(a, false);
        current("callback not resolved, reopened");
        driver.act(lead, "submit-result", "已更换灯具");
        driver.confirm(lead);
        current("closed again");
        driver.callBack(a, true);
        current("callback resolved");
        office("api/v1/instructions/" + lead.getJsonNumber("id") + "/reopen", "{\"text\":\"群众再次反映\"}");
        current("reopened by the office");

        long b = deliver(10, "小区树木需要修剪", "C03-02", phone());
        JsonObject returned = dispatch(b, "IMMEDIATE", CITY);
        driver.act(returned, "return", "不属本单位职责");
        current("return");
        JsonObject again = dispatch(b, "IMMEDIATE", "URBAN_CONSTRUCTION_BUREAU");
        current("re-dispatch");
        driver.act(again, "sign", null);
        current("the new unit signs");

        long c = deliver(11, "有人在小区内偷电动车", "C01-01", phone());
        office("api/v1/orders/" + c + "/send-to-police", "{\"text\":\"盗窃属警务\"}");
        current("back to 110");

        String caller = phone();
        long d = deliver(12, "工地夜间施工太吵", "C04-01", caller);
        HttpResponse<String> repeat = http.postJson("api/v1/incidents", Http.KEY_110, Http.incident("110-"
                + UUID.randomUUID(), "还在施工，吵得没法睡").add("categoryCode", "C04-01").add("callerPhone", caller)
                .add("receivedAt", day + "T12:50:00+08:00").build().toString());
        assertThat(Http.json(repeat).getString("outcome")).as(repeat.body()).isEqualTo("REPEAT_LINKED");
        assertThat(Http.json(repeat).getJsonNumber("orderId").longValue()).isEqualTo(d);
        current("repeat call");

        long e = deliver(13, "12345转办：路面破损", "C01-02", phone());
        JsonObject hotline = dispatch(e, "TO_HOTLINE_12345", CITY);
        current("diverted to 12345");
        driver.act(hotline, "sign", null);
        current("12345 signs");
        assertThat(counts(figures()).get("received")).isEqualTo(5);
    }

    /**
     * An order its lead unit sent back, not yet dispatched again, counts under the unit's tier of
     * the day (no instruction keeps the tier it was sent with): a tier change moves it.
     */
    @Test
    void aUnitsTierChangeMovesTheFiguresOfTheOrdersItLeadsWithoutAStandingInstructionBeforeItAnswers() throws Exception {
        long order = deliver(9, "小区树木需要修剪", "C03-02", phone());
        driver.act(dispatch(order, "IMMEDIATE", CITY), "return", "不属本单位职责");
        String unit = CITY;
        assertThat(Database.scalar("SELECT COUNT(*) FROM routing_order WHERE incident_id = ? AND lead_unit = ?", order, unit))
                .as("the order still names the unit that sent it back").isEqualTo(1);
        int tier = (int) Database.scalar("SELECT tier FROM routing_linkage_unit WHERE code = ?", unit);
        int other = tier == 1 ? 2 : 1;
        assertThat(received(tier)).isEqualTo(1);
        assertThat(received(other)).isZero();
        moveTier(unit, other);
        try {
            assertThat(received(other)).as("the order under the unit's new tier, right after the change").isEqualTo(1);
            assertThat(received(tier)).isZero();
            current("the unit's tier changed");
            JsonObject checked = check();
            assertThat(checked.getInt("ordersDiffering") + checked.getInt("rowsDiffering")).as(checked.toString()).isZero();
        } finally {
            moveTier(unit, tier);
        }
        assertThat(received(tier)).isEqualTo(1);
    }

    private long received(int tier) {
        HttpResponse<String> response = http.call("GET", "api/v1/figures?from=" + day + "&to=" + day + "&tier=" + tier,
                SUPERVISOR, null, null);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return counts(Http.json(response)).get("received");
    }

    private void moveTier(String unit, int tier) {
        HttpResponse<String> moved = http.call("POST", "api/v1/units/" + unit + "/tier", SUPERVISOR, null,
                Json.createObjectBuilder().add("tier", tier).add("reason", "按年度考核调整").build().toString());
        assertThat(moved.statusCode()).as(moved.body()).isEqualTo(200);
    }

    /** Each connection as another server would: the same day's, unit's and order's facts moved at once. */
    @Test
    void changesOfOneDayOnManyConnectionsAtOnceAddUp() throws Exception {
        List<JsonObject> leads = new ArrayList<>();
        for (int n = 0; n < 8; n++) {
            leads.add(dispatch(deliver(8 + n, "路灯不亮", "C01-05", phone()), "IMMEDIATE", CITY));
        }
        long shared = deliver(20, "道路积水", "C01-05", phone());
        List<JsonObject> both = dispatch(shared, "IMMEDIATE", CITY, "URBAN_CONSTRUCTION_BUREAU");
        JsonObject sharedLead = both.get(0);
        JsonObject sharedCo = both.get(1);
        current("before");
        List<Callable<Void>> work = new ArrayList<>();
        for (JsonObject lead : leads) {
            work.add(() -> {
                driver.act(lead, "sign", null);
                driver.act(lead, "submit-result", "已修复");
                driver.confirm(lead);
                return null;
            });
        }
        for (JsonObject instruction : List.of(sharedLead, sharedCo)) {
            work.add(() -> {
                // the two units move one order: the one that loses the order's version is answered 409 and tries again
                untilNotConflicting(instruction, "sign", null);
                untilNotConflicting(instruction, "submit-result", "{\"text\":\"已排水\"}");
                return null;
            });
        }
        driver.instruction(sharedLead); // the office's token taken before the threads share it
        ExecutorService pool = Executors.newFixedThreadPool(work.size());
        try {
            for (Future<Void> done : pool.invokeAll(work)) {
                done.get();
            }
        } finally {
            pool.shutdown();
        }
        current("all at once");
        Map<String, Long> figure = counts(figures());
        assertThat(figure).containsEntry("received", 9L).containsEntry("signed", 10L).containsEntry("closed", 8L)
                .containsEntry("dispatched", 10L);
    }

    @Test
    void theCheckReportsWhatChangedBehindTheApplicationsBackAndRepairsIt() throws Exception {
        long order = deliver(9, "井盖缺失", "C01-01", phone());
        JsonObject lead = dispatch(order, "IMMEDIATE", CITY);
        current("dispatched");
        Database.update("UPDATE routing_instruction SET signed_at = dispatched_at WHERE id = ?",
                lead.getJsonNumber("id").longValue());
        Database.update("UPDATE supervision_daily_fact SET received = received + 5 WHERE day = ? AND unit_code = ?", day,
                CITY);
        // the district's figures read the unit rows: tampered with apart from the daily rows they sum
        Database.update("UPDATE supervision_daily_unit_fact SET received = received + 5 WHERE day = ? AND unit_code = ?",
                day, CITY);
        assertThat(counts(figures())).as("the figures as tampered with").containsEntry("received", 6L)
                .containsEntry("signed", 0L);
        Http.problem(http.call("POST", "api/v1/figures/check?from=" + day + "&to=" + day, Flows.DISPATCHER, null, null),
                "forbidden");

        JsonObject found = check();
        assertThat(found.getInt("ordersDiffering")).as(found.toString()).isEqualTo(1);
        assertThat(found.getInt("rowsDiffering")).as(found.toString()).isEqualTo(2);
        List<String> differences = found.getJsonArray("differences").getValuesAs(jakarta.json.JsonString.class).stream()
                .map(jakarta.json.JsonString::getString).toList();
        assertThat(differences).anyMatch(t -> t.startsWith("order " + order + ":") && t.contains("signed 0→1"));
        assertThat(differences).anyMatch(t -> t.startsWith("row " + CITY + "/") && t.contains("received 6→1")
                && t.contains("signed 0→1"));
        assertThat(differences).anyMatch(t -> t.startsWith("unit row " + CITY + "/") && t.contains("received 6→1")
                && t.contains("signed 0→1"));
        assertThat(notifications()).as("the office is told once").isEqualTo(1);
        assertThat(http.get(http.serverRoot("metrics?scope=application"), null).body())
                .containsPattern("figures_check_differences[^ ]* [1-9]");
        current("repaired");

        JsonObject again = check();
        assertThat(again.getInt("ordersDiffering") + again.getInt("rowsDiffering")).as(again.toString()).isZero();
        assertThat(notifications()).as("nothing more to tell").isEqualTo(1);
        driver.act(lead, "sign", null);
        current("a change after the repair");
    }

    @Test
    void returnsLostBehindTheApplicationsBackAreFoundAndRepairedByTheCheck() throws Exception {
        long order = deliver(9, "小区树木需要修剪", "C03-02", phone());
        driver.act(dispatch(order, "IMMEDIATE", CITY), "return", "树木归园林所管");
        current("returned");
        Database.update("DELETE FROM supervision_order_return WHERE incident_id = ?", order);
        assertThat(disputed()).as("the list as tampered with").isEmpty();

        JsonObject found = check();
        assertThat(found.getInt("ordersDiffering")).as(found.toString()).isEqualTo(1);
        assertThat(found.getInt("rowsDiffering")).as("the counts were right").isZero();
        assertThat(found.getJsonArray("differences").getValuesAs(jakarta.json.JsonString.class).stream()
                .map(jakarta.json.JsonString::getString)).containsExactly("order " + order + ": its returned instructions");
        current("repaired");
        assertThat(disputed()).singleElement().satisfies(item -> assertThat(item.getJsonArray("reasons").getString(0))
                .isEqualTo("树木归园林所管"));
    }

    /** A day an earlier version's sweep built is left alone by changes until it is rebuilt once. */
    @Test
    void aDayTheOldSweepBuiltMovesOnlyOnceItIsRebuilt() throws SQLException {
        Database.update("INSERT INTO supervision_fact_legacy_day (day) VALUES (?)", day);
        long order = deliver(9, "井盖缺失", "C01-01", phone());
        assertThat(counts(figures()).get("received")).as("not counted twice: not counted until rebuilt").isZero();
        HttpResponse<String> refreshed = http.call("POST", "api/v1/figures/refresh?from=" + day + "&to=" + day,
                SUPERVISOR, null, null);
        assertThat(refreshed.statusCode()).as(refreshed.body()).isEqualTo(200);
        assertThat(Http.json(refreshed).getJsonArray("days").getJsonObject(0).getBoolean("converted")).isTrue();
        assertThat(Database.scalar("SELECT COUNT(*) FROM supervision_fact_legacy_day WHERE day = ?", day)).isZero();
        current("rebuilt");
        dispatch(order, "IMMEDIATE", CITY);
        current("a change after the rebuild");
    }

    // ---- helpers ----------------------------------------------------------------------------

    /**
     * The figures of the day, read right away, against every count recomputed by SQL from the raw
     * rows and against the drill-down of every count.
     */
    private void current(String step) throws SQLException {
        Map<String, Long> figure = counts(figures());
        try {
            RawFigures.assertEqual(figure, day, Database::scalar);
            RawFigures.assertDisputedEqual(disputed(), day);
            // the day's figures read the unit rows; per category they read the daily rows, which must sum to them
            HttpResponse<String> perCategory = http.call("GET", "api/v1/figures/series?by=category&from=" + day + "&to="
                    + day, SUPERVISOR, null, null);
            assertThat(perCategory.statusCode()).as(perCategory.body()).isEqualTo(200);
            Map<String, Long> summed = new java.util.HashMap<>();
            Http.json(perCategory).values().forEach(set -> counts(set.asJsonObject()).forEach((k, v) -> summed.merge(k, v,
                    Long::sum)));
            figure.forEach((k, v) -> assertThat(summed.getOrDefault(k, 0L)).as("per category, summed: " + k).isEqualTo(v));
        } catch (AssertionError e) {
            throw new AssertionError("after " + step + " (" + day + "): " + e.getMessage(), e);
        }
        for (Map.Entry<String, Long> count : figure.entrySet()) {
            HttpResponse<String> behind = http.call("GET", "api/v1/figures/orders?count=" + count.getKey() + "&from="
                    + day + "&to=" + day, SUPERVISOR, null, null);
            assertThat(behind.statusCode()).as(behind.body()).isEqualTo(200);
            assertThat(Http.array(behind).stream().mapToLong(v -> v.asJsonObject().getJsonNumber("adds").longValue())
                    .sum()).as("after " + step + " (" + day + "): " + count.getKey()).isEqualTo(count.getValue());
        }
    }

    private void untilNotConflicting(JsonObject instruction, String action, String json) {
        for (int attempt = 1; ; attempt++) {
            HttpResponse<String> response = http.call("POST", "api/v1/instructions/" + instruction.getJsonNumber("id")
                    + "/actions/" + action, DayDriver.keyOf(instruction), null, json);
            if (response.statusCode() == 200) {
                return;
            }
            assertThat(response.statusCode()).as(action + " " + response.body()).isEqualTo(409);
            assertThat(attempt).as(action + ": still conflicting").isLessThan(10);
        }
    }

    private long deliver(int hour, String description, String item, String phone) {
        return Flows.push(http, Http.incident("110-" + UUID.randomUUID(), description).add("categoryCode", item)
                .add("callerPhone", phone).add("receivedAt", day + "T" + String.format("%02d", hour) + ":30:00+08:00"));
    }

    private static String phone() {
        return "136" + String.format("%08d", ThreadLocalRandom.current().nextInt(0, 99_999_999));
    }

    /** The office dispatches to the unit as lead; the lead's instruction. */
    private JsonObject dispatch(long order, String mode, String unit) {
        return dispatch(order, mode, unit, new String[0]).get(0);
    }

    /** The office dispatches to the lead and the co-units; the instructions, the lead's first. */
    private List<JsonObject> dispatch(long order, String mode, String lead, String... coUnits) {
        var co = Json.createArrayBuilder();
        for (String unit : coUnits) {
            co.add(unit);
        }
        HttpResponse<String> sent = http.call("POST", "api/v1/orders/" + order + "/dispatch", Flows.DISPATCHER, null,
                Json.createObjectBuilder().add("dispatchMode", mode).add("leadUnit", lead).add("coUnits", co)
                        .add("reason", "按职责派单").build().toString());
        assertThat(sent.statusCode()).as(sent.body()).isEqualTo(200);
        return Http.array(sent).stream().map(jakarta.json.JsonValue::asJsonObject).toList();
    }

    private void office(String path, String json) {
        HttpResponse<String> response = http.call("POST", path, Flows.DISPATCHER, null, json);
        assertThat(response.statusCode()).as(path + " " + response.body()).isEqualTo(200);
    }

    /** The day's disputed-jurisdiction list, every item sent back at least once. */
    private List<JsonObject> disputed() {
        HttpResponse<String> listed = http.call("GET", "api/v1/figures/disputed-items?from=" + day + "&to=" + day
                + "&min=1", SUPERVISOR, null, null);
        assertThat(listed.statusCode()).as(listed.body()).isEqualTo(200);
        return Http.array(listed).stream().map(jakarta.json.JsonValue::asJsonObject).toList();
    }

    private JsonObject check() {
        HttpResponse<String> checked = http.call("POST", "api/v1/figures/check?from=" + day + "&to=" + day, SUPERVISOR,
                null, null);
        assertThat(checked.statusCode()).as(checked.body()).isEqualTo(200);
        return Http.json(checked).getJsonArray("days").getJsonObject(0);
    }

    private long notifications() throws SQLException {
        return Database.scalar("SELECT COUNT(*) FROM supervision_notification WHERE kind = 'FIGURES_CORRECTED' "
                + "AND recipient = 'OFFICE' AND text LIKE ?", "%" + day + "%");
    }

    private JsonObject figures() {
        HttpResponse<String> response = http.call("GET", "api/v1/figures?from=" + day + "&to=" + day, SUPERVISOR, null,
                null);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return Http.json(response);
    }

    private static Map<String, Long> counts(JsonObject figures) {
        return figures.getJsonObject("counts").entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
                e -> ((jakarta.json.JsonNumber) e.getValue()).longValue()));
    }
}

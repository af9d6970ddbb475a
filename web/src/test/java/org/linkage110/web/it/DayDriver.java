package org.linkage110.web.it;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The actors of a district day over HTTP, each with its own credentials: 110 and 12345 with their
 * keys, every unit with its system's key (its operator and head with their accounts where people
 * sign off), the office's dispatcher and supervisor with theirs. Counts every call and every
 * answer of the 5xx kind; a call answered otherwise than expected fails with the day's seed.
 */
final class DayDriver {

    /** The office signs in once and works with tokens, as its desk system would (a password check per call is slow). */
    private final Token dispatcher = new Token("dispatcher");
    private final Token supervisor = new Token("supervisor");

    private final Http http;
    private final long seed;
    final AtomicInteger calls = new AtomicInteger();
    final List<String> serverErrors = new ArrayList<>();

    DayDriver(Http http, long seed) {
        this.http = http;
        this.seed = seed;
    }

    /** A staff account's token, taken again before it runs out. */
    private final class Token {
        private final String username;
        private String bearer;
        private long takenAt;

        Token(String username) {
            this.username = username;
        }

        String credential() {
            if (bearer == null || System.nanoTime() - takenAt > Duration.ofMinutes(10).toNanos()) {
                bearer = "Bearer " + Http.json(call("POST", "api/v1/tokens", Http.staff(username), null, 200))
                        .getString("access_token");
                takenAt = System.nanoTime();
            }
            return bearer;
        }
    }

    /** A call expected to answer {@code expected}; the body of the answer. */
    HttpResponse<String> call(String method, String path, String credential, String json, int expected) {
        calls.incrementAndGet();
        HttpResponse<String> response = http.call(method, path, credential, null, json);
        if (response.statusCode() >= 500) {
            serverErrors.add(method + " " + path + " -> " + response.statusCode() + " " + response.body());
        }
        if (response.statusCode() != expected) {
            throw new AssertionError("seed " + seed + ": " + method + " " + path + " answered " + response.statusCode()
                    + " (expected " + expected + "): " + response.body());
        }
        return response;
    }

    /** The call delivered by its platform; the incident's id and the outcome (CREATED, REPEAT_LINKED). */
    JsonObject deliver(String source, JsonObjectBuilder incident, int expected) {
        String key = source.equals("110") ? Http.KEY_110 : Http.KEY_12345;
        return Http.json(call("POST", "api/v1/incidents", key, incident.build().toString(), expected));
    }

    JsonObject order(long id) {
        JsonObject detail = Http.json(call("GET", "api/v1/orders/" + id, dispatcher.credential(), null, 200));
        return Json.createObjectBuilder(detail.getJsonObject("order")).add("instructions",
                detail.getJsonArray("instructions")).build();
    }

    /** The office dispatches: as proposed ({@code decision} null) or as decided, with the reason. */
    List<JsonObject> dispatch(long id, JsonObjectBuilder decision) {
        JsonArray sent = Http.array(call("POST", "api/v1/orders/" + id + "/dispatch", dispatcher.credential(),
                decision == null ? "{}" : decision.build().toString(), 200));
        return sent.stream().map(JsonValue::asJsonObject).toList();
    }

    void sendToPolice(long id) {
        call("POST", "api/v1/orders/" + id + "/send-to-police", dispatcher.credential(), "{\"text\":\"涉嫌违法犯罪，属警务\"}", 200);
    }

    /** The key the instruction's handling party acts with: 12345's for orders diverted to it, else the unit's own. */
    static String keyOf(JsonObject instruction) {
        return instruction.getString("channel").equals("HOTLINE_12345") ? Http.KEY_12345
                : Http.unitKey(instruction.getString("unitCode"));
    }

    JsonObject act(JsonObject instruction, String credential, String action, JsonObjectBuilder body) {
        return Http.json(call("POST", "api/v1/instructions/" + instruction.getJsonNumber("id") + "/actions/" + action,
                credential, body == null ? null : body.build().toString(), 200));
    }

    JsonObject act(JsonObject instruction, String action, String text) {
        return act(instruction, keyOf(instruction), action, text == null ? null : Json.createObjectBuilder().add("text", text));
    }

    /** Signs for it and, where the unit goes to the scene, contacts the caller and arrives. */
    void takeUp(JsonObject instruction) {
        JsonObject signed = act(instruction, "sign", null);
        if (allows(signed, "CONTACT_CALLER")) {
            act(instruction, "contact-caller", "已电话联系报警人，正赶往现场");
        }
        if (allows(signed, "ARRIVE")) {
            act(instruction, "arrive", null);
        }
    }

    /** Reports and submits the result. */
    void finish(JsonObject instruction) {
        JsonObject now = instruction(instruction);
        if (allows(now, "REPORT")) {
            act(instruction, "report", "已到场核实，正在处置");
        }
        act(instruction, "submit-result", instruction.getString("unitCode") + " 已处置完毕，报警人认可");
    }

    JsonObject instruction(JsonObject instruction) {
        return Http.json(call("GET", "api/v1/instructions/" + instruction.getJsonNumber("id"), dispatcher.credential(), null, 200));
    }

    /** An operator of the unit asks for more time; its head signs it off; the office accepts. */
    void extend(JsonObject instruction) {
        String unit = instruction.getString("unitCode").toLowerCase(Locale.ROOT);
        String due = Instant.now().plus(Duration.ofDays(9)).truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString();
        if (instruction.getString("channel").equals("HOTLINE_12345")) {
            act(instruction, Http.KEY_12345, "request-extension", Json.createObjectBuilder().add("text", "需协调多个部门")
                    .add("headName", "热线值班长").add("requestedDue", due));
        } else {
            act(instruction, Http.staff(unit), "request-extension", Json.createObjectBuilder().add("text", "需协调产权单位")
                    .add("requestedDue", due));
            JsonObject request = Http.array(call("GET", "api/v1/instructions/requests/awaiting-sign-off",
                    Http.staff(unit + "-head"), null, 200)).stream().map(JsonValue::asJsonObject)
                    .filter(r -> r.getJsonNumber("instructionId").equals(instruction.getJsonNumber("id"))).findFirst()
                    .orElseThrow(() -> new AssertionError("seed " + seed + ": no request to sign off"));
            call("POST", "api/v1/instructions/requests/" + request.getJsonNumber("id") + "/sign-off",
                    Http.staff(unit + "-head"), "{\"approve\":true}", 200);
        }
        accept(instruction, "EXTENSION");
    }

    /** The lead asks for another unit; the office accepts; the new instruction. */
    JsonObject moreUnits(JsonObject lead, String unit, long orderId) {
        act(lead, keyOf(lead), "request-more-units", Json.createObjectBuilder().add("text", "现场需要增援")
                .add("units", Json.createArrayBuilder().add(unit)));
        accept(lead, "MORE_UNITS");
        return order(orderId).getJsonArray("instructions").stream().map(JsonValue::asJsonObject)
                .filter(i -> i.getString("unitCode").equals(unit) && i.getString("status").equals("DISPATCHED"))
                .findFirst().orElseThrow(() -> new AssertionError("seed " + seed + ": no instruction for " + unit));
    }

    private void accept(JsonObject instruction, String kind) {
        JsonObject request = Http.array(call("GET", "api/v1/instructions/" + instruction.getJsonNumber("id") + "/records",
                dispatcher.credential(), null, 200)).stream().map(JsonValue::asJsonObject)
                .filter(r -> r.getString("kind").equals(kind) && !r.containsKey("decision")).findFirst()
                .orElseThrow(() -> new AssertionError("seed " + seed + ": no " + kind + " request"));
        call("POST", "api/v1/orders/requests/" + request.getJsonNumber("id") + "/accept", dispatcher.credential(), "{}", 200);
    }

    void confirm(JsonObject instruction) {
        call("POST", "api/v1/instructions/" + instruction.getJsonNumber("id") + "/confirm", dispatcher.credential(), null, 200);
    }

    /** The supervisor calls the citizen back: unresolved reopens the order. */
    void callBack(long orderId, boolean resolved) {
        JsonObject callback = Http.array(call("GET", "api/v1/callbacks?max=500", supervisor.credential(), null, 200)).stream()
                .map(JsonValue::asJsonObject).filter(c -> c.getJsonNumber("incidentId").longValue() == orderId)
                .findFirst().orElseThrow(() -> new AssertionError("seed " + seed + ": no callback for " + orderId));
        JsonObjectBuilder answer = Json.createObjectBuilder().add("version", callback.getJsonNumber("version"))
                .add("reached", true).add("resolution", resolved ? "RESOLVED" : "NOT_RESOLVED")
                .add("satisfaction", resolved ? "SATISFIED" : "DISSATISFIED").add("comment", resolved ? "满意" : "问题还在");
        call("POST", "api/v1/callbacks/" + callback.getJsonNumber("id"), supervisor.credential(), answer.build().toString(), 200);
    }

    /** A simulated alert for the unit, planned by the supervisor: the spot check. */
    JsonObject drill(String unit, String address) {
        return Http.json(call("POST", "api/v1/spot-checks", supervisor.credential(), Json.createObjectBuilder().add("targetUnit", unit)
                .add("scenario", "区里测签收时效").add("callerName", "测试").add("callerPhone", "13800000000")
                .add("address", address).add("description", "路灯不亮，道路漆黑").add("categoryCode", "C01-05")
                .build().toString(), 201));
    }

    void closeDrill(JsonObject check) {
        call("POST", "api/v1/spot-checks/" + check.getJsonNumber("id") + "/close?version=" + check.getJsonNumber("version"),
                supervisor.credential(), "{\"text\":\"已处置\"}", 200);
    }

    /** 110 answers a police matter 12345 forwarded. */
    void policeFeedback(long matter) {
        call("POST", "api/v1/police-matters/" + matter + "/feedback", Http.KEY_110, "{\"text\":\"已出警处置\"}", 200);
    }

    /** 12345 forwards a police matter; its id. */
    long policeMatter(DistrictDay.PoliceMatter matter) {
        return Http.json(call("POST", "api/v1/police-matters", Http.KEY_12345, Json.createObjectBuilder()
                .add("externalNumber", matter.externalNumber()).add("kind", "REPORT").add("emergency", matter.emergency())
                .add("receivedAt", Http.beijingTime(Duration.ofMinutes(5))).add("callerName", "李四")
                .add("callerPhone", "13900000000").add("address", "沈阳市于洪区怒江北街1号")
                .add("description", matter.description()).build().toString(), 201)).getJsonNumber("id").longValue();
    }

    JsonObject figures(String day) {
        call("POST", "api/v1/figures/refresh?from=" + day + "&to=" + day, supervisor.credential(), null, 200);
        return Http.json(call("GET", "api/v1/figures?from=" + day + "&to=" + day, supervisor.credential(), null, 200));
    }

    static boolean allows(JsonObject instruction, String action) {
        return instruction.getJsonArray("allowedActions").stream()
                .anyMatch(a -> ((jakarta.json.JsonString) a).getString().equals(action));
    }

    /** The incident as its platform sends it. */
    static JsonObjectBuilder incident(DistrictDay.Order order) {
        return Json.createObjectBuilder().add("externalNumber", order.externalNumber())
                .add("receivedAt", Http.beijingTime(Duration.ofMinutes(30))).add("callerName", "市民")
                .add("callerPhone", order.callerPhone()).add("address", order.address())
                .add("description", order.description()).add("categoryCode", order.item())
                .add("flags", Json.createObjectBuilder().add("onSceneDispute", order.joint())
                        .add("threatToSafety", false).add("utilitiesHazard", false).add("needsPoliceFirst", false));
    }

    static Map<String, Integer> counts(List<String> values) {
        Map<String, Integer> counts = new java.util.TreeMap<>();
        values.forEach(v -> counts.merge(v, 1, Integer::sum));
        return counts;
    }
}

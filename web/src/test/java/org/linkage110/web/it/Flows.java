package org.linkage110.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.net.http.HttpResponse;
import java.util.UUID;

/** Steps of an order's life over HTTP, as the 110 platform, the office and the units take them. */
final class Flows {

    static final String DISPATCHER = Http.staff("dispatcher");
    static final String LINGXI = "sd_lingxi.Demo-110";

    private Flows() {
    }

    /** 110 delivers the incident; its id. */
    static long push(Http http, JsonObjectBuilder incident) {
        HttpResponse<String> created = http.postJson("api/v1/incidents", Http.KEY_110, incident.build().toString());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return Http.json(created).getJsonNumber("id").longValue();
    }

    /** The order with its instructions, as the office reads it. */
    static JsonObject order(Http http, long id) {
        HttpResponse<String> response = http.call("GET", "api/v1/orders/" + id, DISPATCHER, null, null);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonObject detail = Http.json(response);
        return Json.createObjectBuilder(detail.getJsonObject("order"))
                .add("instructions", detail.getJsonArray("instructions")).build();
    }

    /** A fresh order, dispatched with an override to this unit as lead: {order, instruction}. */
    static long[] dispatchedTo(Http http, String unit, String description) {
        return dispatchedTo(http, unit, Http.incident("110-" + UUID.randomUUID(), description));
    }

    static long[] dispatchedTo(Http http, String unit, JsonObjectBuilder incident) {
        long id = push(http, incident);
        HttpResponse<String> sent = http.call("POST", "api/v1/orders/" + id + "/dispatch", DISPATCHER, null,
                "{\"dispatchMode\":\"IMMEDIATE\",\"leadUnit\":\"" + unit + "\",\"reason\":\"属地即时处置\"}");
        assertThat(sent.statusCode()).as(sent.body()).isEqualTo(200);
        return new long[] {id, Http.array(sent).getJsonObject(0).getJsonNumber("id").longValue()};
    }

    static HttpResponse<String> act(Http http, String key, long instruction, String action, String text, int expected) {
        String body = text == null ? null : Json.createObjectBuilder().add("text", text).build().toString();
        HttpResponse<String> response = http.call("POST", "api/v1/instructions/" + instruction + "/actions/" + action,
                key, null, body);
        assertThat(response.statusCode()).as(action + " " + response.body()).isEqualTo(expected);
        return response;
    }
}

package org.linkage110.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

/**
 * A repeat call is linked to the newest open order of its category that it matches in any of the
 * three ways — the same place, the grid the sender named, the same caller — each looked up on its
 * own (IncidentRepository.openOrderRepeatedBy).
 */
@SharedServer.Uses
class RepeatCallsIT {

    @SharedServer.Base
    URL base;

    @Test
    void aCallInTheGridTheSenderNamedIsLinkedToTheOpenOrderThere() {
        Http http = new Http(base);
        // received now: newer than any other open order of the grid, so the link can only be to this one
        long first = id(post(http, call("井盖缺失", Duration.ZERO).add("gridCode", "SD_LINGXI-G02")));
        HttpResponse<String> second = post(http, call("还是那个井盖", Duration.ZERO).add("gridCode", "SD_LINGXI-G02"));
        assertThat(second.statusCode()).as(second.body()).isEqualTo(200);
        assertThat(Http.json(second).getString("outcome")).isEqualTo("REPEAT_LINKED");
        assertThat(id(second)).isEqualTo(first);
    }

    @Test
    void aCallMatchingOneOrderByPlaceAndANewerOneByCallerIsLinkedToTheNewer() {
        Http http = new Http(base);
        String place = "沈阳市于洪区陵西公园西门" + UUID.randomUUID().toString().substring(0, 8);
        String caller = "137" + String.format("%08d", ThreadLocalRandom.current().nextInt(1, 99_999_999));
        long atPlace = id(post(http, call("公园门口井盖没了", Duration.ofMinutes(3)).add("address", place)));
        long byCaller = id(post(http, call("我家楼下井盖也没了", Duration.ofMinutes(2)).add("callerPhone", caller)));
        assertThat(byCaller).isNotEqualTo(atPlace);

        HttpResponse<String> third = post(http, call("公园那边井盖还没修", Duration.ofMinutes(1))
                .add("address", place).add("callerPhone", caller));
        JsonObject receipt = Http.json(third);
        assertThat(receipt.getString("outcome")).isEqualTo("REPEAT_LINKED");
        assertThat(id(third)).isEqualTo(byCaller);
    }

    private static JsonObjectBuilder call(String description, Duration ago) {
        return Http.incident("110-" + UUID.randomUUID(), description).add("receivedAt", Http.beijingTime(ago));
    }

    private static HttpResponse<String> post(Http http, JsonObjectBuilder incident) {
        return http.postJson("api/v1/incidents", Http.KEY_110, incident.build().toString());
    }

    /** The order the delivery created (201) or was linked to (200). */
    private static long id(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isIn(200, 201);
        JsonObject body = Http.json(response);
        return body.containsKey("orderId") ? body.getJsonNumber("orderId").longValue() : body.getJsonNumber("id").longValue();
    }
}

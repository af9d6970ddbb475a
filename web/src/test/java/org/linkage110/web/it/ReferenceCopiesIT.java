package org.linkage110.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

/**
 * What intake keeps of the reference data between calls (the item, its listed lead, the lead's
 * tier, the grids' street names) follows the office's change at once: the call right after a change is taken by the
 * changed entry, not by the copy an earlier call left.
 */
@SharedServer.Uses
class ReferenceCopiesIT {

    private static final String SUPERVISOR = Http.staff("supervisor");

    @SharedServer.Base
    URL base;

    @Test
    void theCallRightAfterTheOfficeChangesAnItemsLeadOrSwitchesTheItemOffFollowsTheChange() {
        Http http = new Http(base);
        String code = newItem(http, "CITY_MANAGEMENT_BUREAU");
        assertThat(proposedLead(http, code)).isEqualTo("CITY_MANAGEMENT_BUREAU");
        assertThat(proposedLead(http, code)).as("the second call, from the copies").isEqualTo("CITY_MANAGEMENT_BUREAU");

        HttpResponse<String> moved = http.call("PUT", "api/v1/reference-data/responsibility/" + code, SUPERVISOR, null,
                change(Map.of("itemCode", code, "leadUnit", "URBAN_CONSTRUCTION_BUREAU", "coUnits", ""), "牵头单位调整"));
        assertThat(moved.statusCode()).as(moved.body()).isEqualTo(200);
        assertThat(proposedLead(http, code)).isEqualTo("URBAN_CONSTRUCTION_BUREAU");

        HttpResponse<String> off = http.call("PUT", "api/v1/reference-data/taxonomy-item/" + code, SUPERVISOR, null,
                change(Map.of("code", code, "parentCode", "C09", "nameZh", "共享单车乱停放（停用）",
                        "nameEn", "Shared bikes parked badly (off)", "keywords", "", "active", "false"), "事项停用"));
        assertThat(off.statusCode()).as(off.body()).isEqualTo(200);
        HttpResponse<String> refused = http.postJson("api/v1/incidents", Http.KEY_110,
                call(code).build().toString());
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(422);
        assertThat(refused.body()).contains(code);
    }

    @Test
    void aGridAddedByTheOfficePlacesTheNextCallOfItsStreet() {
        Http http = new Http(base);
        String street = "试验街" + UUID.randomUUID().toString().replaceAll("[^a-f]", "").substring(0, 4);
        String grid = "SD_GUANGHUI-T" + ThreadLocalRandom.current().nextInt(100_000, 1_000_000);
        assertThat(placed(http, street + "88号").get("gridCode")).as("before the grid, the street is in none")
                .isIn(null, JsonValue.NULL);

        HttpResponse<String> added = http.call("PUT", "api/v1/reference-data/grid/" + grid, SUPERVISOR, null,
                change(Map.of("gridCode", grid, "subDistrict", "SD_GUANGHUI", "nameZh", "试验网格",
                        "addressKeywords", street), "新增网格"));
        assertThat(added.statusCode()).as(added.body()).isEqualTo(200);
        JsonObject after = placed(http, street + "99号");
        assertThat(after.getString("gridCode")).isEqualTo(grid);
        assertThat(after.getString("subDistrict")).isEqualTo("SD_GUANGHUI");
    }

    /** The incident a call at this place made, as 110 reads it back. */
    private static JsonObject placed(Http http, String place) {
        HttpResponse<String> created = http.postJson("api/v1/incidents", Http.KEY_110,
                call("C01-01").add("address", "沈阳市于洪区" + place).build().toString());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return Http.json(http.get(URI.create(created.headers().firstValue("Location").orElseThrow()), Http.KEY_110));
    }

    /** A new item of C09 with this lead, under a code no earlier run took. */
    private static String newItem(Http http, String lead) {
        for (int attempt = 0; attempt < 20; attempt++) {
            String code = "C09-" + ThreadLocalRandom.current().nextInt(10, 100);
            String changes = Json.createArrayBuilder()
                    .add(batch("taxonomy-item", Map.of("code", code, "parentCode", "C09", "nameZh", "共享单车乱停放",
                            "nameEn", "Shared bikes parked badly", "keywords", "共享单车", "active", "true")))
                    .add(batch("responsibility", Map.of("itemCode", code, "leadUnit", lead, "coUnits", "")))
                    .build().toString();
            HttpResponse<String> saved = http.call("POST", "api/v1/reference-data/changes", SUPERVISOR, null, changes);
            if (saved.statusCode() == 200) {
                return code;
            }
            assertThat(saved.body()).as("only a taken code may refuse the batch").contains("exists");
        }
        throw new AssertionError("no free item code under C09");
    }

    private static String proposedLead(Http http, String code) {
        return Flows.order(http, Flows.push(http, call(code))).getString("proposedLead");
    }

    private static JsonObjectBuilder call(String code) {
        return Http.incident("110-" + UUID.randomUUID(), "小区门口一排共享单车堵住了盲道").add("categoryCode", code);
    }

    private static JsonObjectBuilder batch(String kind, Map<String, String> values) {
        return Json.createObjectBuilder().add("kind", kind).add("values", Json.createObjectBuilder(Map.copyOf(values)))
                .add("reason", "补充权责清单");
    }

    private static String change(Map<String, String> values, String reason) {
        return Json.createObjectBuilder().add("values", Json.createObjectBuilder(Map.copyOf(values)))
                .add("reason", reason).build().toString();
    }
}

package org.linkage110.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.sql.SQLException;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The agency API over real HTTP against Payara Micro and MariaDB. */
@SharedServer.Uses
class ApiIT {

    @SharedServer.Base
    URL base;

    private Http http;

    @BeforeEach
    void client() {
        http = new Http(base);
    }

    @Test
    void createAnswers201WithLocationAndTheIncidentReadsBackInChinese() {
        String number = "110-" + UUID.randomUUID();
        String description = "燃气管道疑似泄漏，楼道内有明显燃气味";
        String body = Http.incidentJson(number, description);
        String sentReceivedAt = Json.createReader(new java.io.StringReader(body)).readObject().getString("receivedAt");
        HttpResponse<String> created = http.postJson("api/v1/incidents", Http.KEY_110, body);

        assertThat(created.statusCode()).isEqualTo(201);
        URI location = URI.create(created.headers().firstValue("Location").orElseThrow());
        long id = Http.json(created).getJsonNumber("id").longValue();
        assertThat(location.getPath()).endsWith("/api/v1/incidents/" + id);

        HttpResponse<String> read = http.get(location, Http.KEY_110);
        assertThat(read.statusCode()).isEqualTo(200);
        JsonObject incident = Http.json(read);
        assertThat(incident.getString("description")).isEqualTo(description);
        assertThat(incident.getString("callerName")).isEqualTo("王五");
        assertThat(incident.getString("source")).isEqualTo("PLATFORM_110");
        assertThat(incident.getString("externalNumber")).isEqualTo(number);
        assertThat(java.time.Instant.parse(incident.getString("receivedAt"))).isEqualTo(
                java.time.OffsetDateTime.parse(sentReceivedAt).toInstant());
    }

    @Test
    void theSourceIsTheCallingAgencyAndAnotherAgencyCannotReadIt() {
        HttpResponse<String> created = http.postJson("api/v1/incidents", Http.KEY_12345,
                Http.incidentJson("12345-" + UUID.randomUUID(), "拖欠工资三个月"));
        assertThat(created.statusCode()).isEqualTo(201);
        URI location = URI.create(created.headers().firstValue("Location").orElseThrow());

        assertThat(Http.json(http.get(location, Http.KEY_12345)).getString("source")).isEqualTo("HOTLINE_12345");
        HttpResponse<String> foreign = http.get(location, Http.KEY_110);
        assertThat(foreign.statusCode()).isEqualTo(404);
        Http.problem(foreign, "not-found");
    }

    @Test
    void malformedJsonIs400ProblemAndStoresNothing() throws SQLException {
        long before = incidentCount();
        HttpResponse<String> response = http.postJson("api/v1/incidents", Http.KEY_110, "{\"externalNumber\": ");
        assertThat(response.statusCode()).isEqualTo(400);
        Http.problem(response, "malformed-json");
        assertThat(incidentCount()).isEqualTo(before);
    }

    @Test
    void invalidFieldsAre400ProblemNamingEachFieldAndStoreNothing() throws SQLException {
        long before = incidentCount();
        HttpResponse<String> response = http.postJson("api/v1/incidents", Http.KEY_110,
                "{\"externalNumber\":\"x\",\"callerPhone\":\"电话\",\"categoryCode\":\"公共设施\"}");
        assertThat(response.statusCode()).isEqualTo(400);
        JsonObject problem = Http.problem(response, "invalid-fields");
        assertThat(problem.getJsonArray("errors").getValuesAs(JsonObject.class))
                .extracting(e -> e.getString("field"))
                .containsExactly("address", "callerPhone", "categoryCode", "description", "receivedAt");
        assertThat(incidentCount()).isEqualTo(before);
    }

    @Test
    void withoutAKeyTheApiAnswers401Problem() {
        HttpResponse<String> response = http.postJson("api/v1/incidents", null, Http.incidentJson("n", "d"));
        assertThat(response.statusCode()).isEqualTo(401);
        Http.problem(response, "unauthenticated");
        assertThat(response.headers().firstValue("Set-Cookie")).isEmpty();
    }

    @Test
    void aWrongKeyIs401Problem() {
        HttpResponse<String> response = http.get(http.resolve("api/v1/incidents/1"), "platform-110.not-the-secret");
        assertThat(response.statusCode()).isEqualTo(401);
        Http.problem(response, "unauthenticated");
        assertThat(http.get(http.resolve("api/v1/incidents/1"), "no-dot-in-this-key").statusCode()).isEqualTo(401);
    }

    @Test
    void healthChecksTheDatabaseAndOpenApiDescribesTheApi() {
        HttpResponse<String> health = http.get(http.serverRoot("health"), null);
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"database\"").contains("\"UP\"");

        HttpResponse<String> openapi = http.get(http.serverRoot("openapi"), null);
        assertThat(openapi.statusCode()).isEqualTo(200);
        assertThat(openapi.body()).contains("/api/v1/incidents").contains("X-API-Key");
    }

    private static long incidentCount() throws SQLException {
        return Database.scalar("select count(*) from intake_incident");
    }
}

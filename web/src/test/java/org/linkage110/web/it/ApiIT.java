package org.linkage110.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The agency API over real HTTP against Payara Micro and MariaDB. */
@ExtendWith(ArquillianExtension.class)
class ApiIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
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
        HttpResponse<String> created = http.postJson("api/v1/incidents", Http.KEY_110, Http.incidentJson(number, description));

        assertThat(created.statusCode()).isEqualTo(201);
        URI location = URI.create(created.headers().firstValue("Location").orElseThrow());
        long id = json(created).getJsonNumber("id").longValue();
        assertThat(location.getPath()).endsWith("/api/v1/incidents/" + id);

        HttpResponse<String> read = http.get(location, Http.KEY_110);
        assertThat(read.statusCode()).isEqualTo(200);
        JsonObject incident = json(read);
        assertThat(incident.getString("description")).isEqualTo(description);
        assertThat(incident.getString("callerName")).isEqualTo("王五");
        assertThat(incident.getString("source")).isEqualTo("PLATFORM_110");
        assertThat(incident.getString("externalNumber")).isEqualTo(number);
        assertThat(incident.getString("receivedAt")).isEqualTo("2026-11-23T13:15:00Z");
    }

    @Test
    void theSourceIsTheCallingAgencyAndAnotherAgencyCannotReadIt() {
        HttpResponse<String> created = http.postJson("api/v1/incidents", Http.KEY_12345,
                Http.incidentJson("12345-" + UUID.randomUUID(), "拖欠工资三个月"));
        assertThat(created.statusCode()).isEqualTo(201);
        URI location = URI.create(created.headers().firstValue("Location").orElseThrow());

        assertThat(json(http.get(location, Http.KEY_12345)).getString("source")).isEqualTo("HOTLINE_12345");
        HttpResponse<String> foreign = http.get(location, Http.KEY_110);
        assertThat(foreign.statusCode()).isEqualTo(404);
        assertProblem(foreign, "not-found");
    }

    @Test
    void malformedJsonIs400ProblemAndStoresNothing() throws SQLException {
        long before = incidentCount();
        HttpResponse<String> response = http.postJson("api/v1/incidents", Http.KEY_110, "{\"externalNumber\": ");
        assertThat(response.statusCode()).isEqualTo(400);
        assertProblem(response, "malformed-json");
        assertThat(incidentCount()).isEqualTo(before);
    }

    @Test
    void invalidFieldsAre400ProblemNamingEachFieldAndStoreNothing() throws SQLException {
        long before = incidentCount();
        HttpResponse<String> response = http.postJson("api/v1/incidents", Http.KEY_110,
                "{\"externalNumber\":\"x\",\"callerPhone\":\"电话\",\"categoryCode\":\"公共设施\"}");
        assertThat(response.statusCode()).isEqualTo(400);
        JsonObject problem = assertProblem(response, "invalid-fields");
        assertThat(problem.getJsonArray("errors").getValuesAs(JsonObject.class))
                .extracting(e -> e.getString("field"))
                .containsExactly("address", "callerPhone", "categoryCode", "description", "receivedAt");
        assertThat(incidentCount()).isEqualTo(before);
    }

    @Test
    void withoutAKeyTheApiAnswers401Problem() {
        HttpResponse<String> response = http.postJson("api/v1/incidents", null, Http.incidentJson("n", "d"));
        assertThat(response.statusCode()).isEqualTo(401);
        assertProblem(response, "unauthenticated");
        assertThat(response.headers().firstValue("Set-Cookie")).isEmpty();
    }

    @Test
    void aWrongKeyIs401Problem() {
        HttpResponse<String> response = http.get(http.resolve("api/v1/incidents/1"), "platform-110.not-the-secret");
        assertThat(response.statusCode()).isEqualTo(401);
        assertProblem(response, "unauthenticated");
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

    private static JsonObject json(HttpResponse<String> response) {
        return Json.createReader(new StringReader(response.body())).readObject();
    }

    private static JsonObject assertProblem(HttpResponse<String> response, String code) {
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        JsonObject problem = json(response);
        assertThat(problem.getString("code")).isEqualTo(code);
        assertThat(problem.getInt("status")).isEqualTo(response.statusCode());
        assertThat(problem.getString("detail")).isNotBlank();
        return problem;
    }

    private static long incidentCount() throws SQLException {
        try (Connection c = DriverManager.getConnection(System.getProperty("it.db.url"),
                System.getProperty("it.db.user"), System.getProperty("it.db.password"));
             PreparedStatement s = c.prepareStatement("select count(*) from intake_incident");
             ResultSet rs = s.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }
}

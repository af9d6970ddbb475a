package org.linkage110.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.ThreadLocalRandom;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.StringReader;

/** A small HTTP client for calling the running server as an agency system would. */
final class Http {

    static final String KEY_110 = "platform-110.Demo-110";
    static final String KEY_12345 = "hotline-12345.Demo-110";

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final URI base;

    /**
     * The server as seen from this machine. The container may report its address on a network
     * interface; every call of these tests goes to loopback instead.
     */
    Http(URL base) {
        URI reported = URI.create(base.toString().endsWith("/") ? base.toString() : base + "/");
        this.base = URI.create(reported.getScheme() + "://127.0.0.1:" + reported.getPort() + reported.getPath());
    }

    URI resolve(String path) {
        return base.resolve(path.startsWith("/") ? path.substring(1) : path);
    }

    /** The server root, where the runtime serves /health and /openapi. */
    URI serverRoot(String path) {
        return base.resolve("/").resolve(path);
    }

    HttpResponse<String> get(URI uri, String apiKey) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).GET();
        if (apiKey != null) {
            request.header("X-API-Key", apiKey);
        }
        return send(request.build());
    }

    HttpResponse<String> postJson(String path, String apiKey, String json) {
        HttpRequest.Builder request = HttpRequest.newBuilder(resolve(path)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        if (apiKey != null) {
            request.header("X-API-Key", apiKey);
        }
        return send(request.build());
    }

    /** The demo key of a linkage unit's own system: every unit has one, named after its code. */
    static String unitKey(String unitCode) {
        return unitCode.toLowerCase(java.util.Locale.ROOT) + ".Demo-110";
    }

    /** HTTP Basic with any name and password. */
    static String basic(String username, String password) {
        return "Basic " + java.util.Base64.getEncoder().encodeToString(
                (username + ":" + password).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /** A staff account's credentials for the API (HTTP Basic), as the office's desk system sends them. */
    static String staff(String username) {
        return "Basic " + java.util.Base64.getEncoder().encodeToString(
                (username + ":Demo-110").getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /**
     * Any call: {@code credential} is an API key, a "Basic ..." value for a staff account or a "Bearer ..." token;
     * {@code ifMatch} and {@code json} may be null.
     */
    HttpResponse<String> call(String method, String path, String credential, String ifMatch, String json) {
        HttpRequest.Builder request = HttpRequest.newBuilder(resolve(path)).timeout(Duration.ofSeconds(30))
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        if (credential != null) {
            request.header(credential.startsWith("Basic ") || credential.startsWith("Bearer ") ? "Authorization" : "X-API-Key",
                    credential);
        }
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return send(request.build());
    }

    /** Any call with a body of another type than JSON (e.g. text/csv). */
    HttpResponse<String> call(String method, String path, String credential, String ifMatch, String contentType,
                              String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(resolve(path)).timeout(Duration.ofSeconds(30))
                .method(method, HttpRequest.BodyPublishers.ofString(body)).header("Content-Type", contentType);
        if (credential != null) {
            request.header(credential.startsWith("Basic ") || credential.startsWith("Bearer ") ? "Authorization" : "X-API-Key", credential);
        }
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return send(request.build());
    }

    /** A POST of raw bytes, for bodies in other charsets or with broken bytes; {@code bytes} null streams {@code body} chunked. */
    HttpResponse<String> postBytes(String path, String apiKey, String contentType, byte[] bytes) {
        HttpRequest.Builder request = HttpRequest.newBuilder(resolve(path)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofByteArray(bytes));
        if (apiKey != null) {
            request.header("X-API-Key", apiKey);
        }
        return send(request.build());
    }

    static jakarta.json.JsonArray array(HttpResponse<String> response) {
        return Json.createReader(new StringReader(response.body())).readArray();
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static JsonObject json(HttpResponse<String> response) {
        return Json.createReader(new StringReader(response.body())).readObject();
    }

    /** Asserts a problem+json answer with this code and the response's status; returns it. */
    static JsonObject problem(HttpResponse<String> response, String code) {
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        JsonObject problem = json(response);
        assertThat(problem.getString("code")).isEqualTo(code);
        assertThat(problem.getInt("status")).isEqualTo(response.statusCode());
        assertThat(problem.getString("detail")).isNotBlank();
        return problem;
    }

    /** A timestamp this long ago, with the office's offset, as 110 sends it. */
    static String beijingTime(Duration ago) {
        return OffsetDateTime.now(ZoneOffset.ofHours(8)).minus(ago).truncatedTo(ChronoUnit.SECONDS)
                .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    /** An incident with a place and caller of its own, so that it never repeats another test's. */
    static String incidentJson(String externalNumber, String description) {
        return incident(externalNumber, description).build().toString();
    }

    static JsonObjectBuilder incident(String externalNumber, String description) {
        int unique = ThreadLocalRandom.current().nextInt(1, 99_999_999);
        return Json.createObjectBuilder()
                .add("externalNumber", externalNumber)
                .add("receivedAt", beijingTime(Duration.ofHours(1)))
                .add("callerName", "王五")
                .add("callerPhone", "139" + String.format("%08d", unique))
                .add("address", "沈阳市于洪区怒江北街" + unique + "号")
                .add("description", description)
                .add("categoryCode", "C01-01");
    }
}

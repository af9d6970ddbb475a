package org.linkage110.web.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** A small HTTP client for calling the running server as an agency system would. */
final class Http {

    static final String KEY_110 = "platform-110.Demo-110";
    static final String KEY_12345 = "hotline-12345.Demo-110";

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final URI base;

    Http(URL base) {
        this.base = URI.create(base.toString().endsWith("/") ? base.toString() : base + "/");
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

    static String incidentJson(String externalNumber, String description) {
        return """
                {"externalNumber":"%s","receivedAt":"2026-11-23T21:15:00+08:00","callerName":"王五",
                 "callerPhone":"13912345678","address":"沈阳市于洪区怒江北街88号","description":"%s",
                 "categoryCode":"C01-01"}""".formatted(externalNumber, description);
    }
}

package org.linkage110.ear;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The EAR on a full-profile server: Payara Server 6 (the distribution from Maven Central,
 * unpacked by the build) gets a fresh domain, deploys the EAR the build produced against MariaDB,
 * and answers one REST call and one portal page.
 */
class EarOnPayaraServerIT {

    private static final int PORT_BASE = Integer.getInteger("payara.portbase", 28000);
    private static final int ADMIN_PORT = PORT_BASE + 48;
    private static final int HTTP_PORT = PORT_BASE + 80;
    private static final String DOMAIN = "linkage-it";
    private static final String API_KEY = "platform-110.Demo-110";

    private static final Path PAYARA = Path.of(System.getProperty("payara.home"));
    private static final Path DOMAINS = PAYARA.getParent().resolveSibling("payara-domains");
    private static final Path EAR = Path.of(System.getProperty("linkage.ear"));

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @BeforeAll
    static void startServerAndDeploy() throws Exception {
        deleteRecursively(DOMAINS);
        asadmin("create-domain", "--nopassword", "--portbase", String.valueOf(PORT_BASE),
                "--domaindir", DOMAINS.toString(), DOMAIN);
        asadmin("start-domain", "--domaindir", DOMAINS.toString(), DOMAIN);
        asadmin("--port", String.valueOf(ADMIN_PORT), "deploy", "--name", "linkage", EAR.toString());
    }

    @AfterAll
    static void stopServer() throws Exception {
        asadmin("stop-domain", "--kill", "--domaindir", DOMAINS.toString(), DOMAIN);
    }

    @Test
    void portalLoginPageIsServedInChinese() throws Exception {
        HttpResponse<String> page = get("/login.xhtml", null);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("非警务警情分流联动处置平台").contains("login:username");
    }

    @Test
    void agencyApiStoresAndReturnsAnIncident() throws Exception {
        String description = "EAR部署验证：窨井盖缺失 " + UUID.randomUUID();
        HttpResponse<String> created = HTTP.send(HttpRequest.newBuilder(uri("/api/v1/incidents"))
                .header("Content-Type", "application/json")
                .header("X-API-Key", API_KEY)
                .POST(HttpRequest.BodyPublishers.ofString("""
                        {"externalNumber":"%s","receivedAt":"2026-11-23T08:00:00+08:00",
                         "address":"沈阳市于洪区昆山西路1号","description":"%s","categoryCode":"C01-01"}"""
                        .formatted("EAR-" + UUID.randomUUID(), description)))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(created.statusCode()).isEqualTo(201);

        String location = URI.create(created.headers().firstValue("Location").orElseThrow()).getPath();
        HttpResponse<String> read = get(location, API_KEY);
        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(read.body()).contains(description);
        // routing placed it in its sub-district: the event crossed from intake's EJB module to routing's
        assertThat(read.body()).contains("\"subDistrict\":\"SD_LINGXI\"");
        assertThat(get(location, null).statusCode()).isEqualTo(401);
    }

    private static URI uri(String path) {
        return URI.create("http://127.0.0.1:" + HTTP_PORT + path);
    }

    private static HttpResponse<String> get(String path, String apiKey) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(60)).GET();
        if (apiKey != null) {
            request.header("X-API-Key", apiKey);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void asadmin(String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(PAYARA.resolve("bin/asadmin").toString()));
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        if (!process.waitFor(10, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IllegalStateException("asadmin " + String.join(" ", arguments) + " did not finish");
        }
        System.out.println("asadmin " + arguments[0] + ": " + output.strip());
        if (process.exitValue() != 0) {
            throw new IllegalStateException("asadmin " + String.join(" ", arguments) + " failed:\n" + output);
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> paths = Files.walk(dir)) {
                for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }
}

package org.linkage110.web.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * While the server starts or stops, an agency's call is never answered as if the application had
 * decided: the port refuses until the application has deployed (web/src/main/payara), then every
 * answer is the application's own (here 401: the call carries no key) or the start-up gate's 503
 * problem+json with Retry-After; never the runtime's 404 for a path it does not know yet, never
 * another 5xx. While it stops, never a 404 either. {@code /health/ready} carries the check of the schema and
 * reference data, and {@code /metrics} is for an administrator only. The test starts and stops
 * Payara Micro itself, exactly as bin/run does (root context, the same start-up commands), calling
 * all along; what it saw is printed.
 */
class StartingIT {

    private static final int PORT = 28282;
    private static final URI CALL = URI.create("http://127.0.0.1:" + PORT + "/api/v1/incidents/999999999");
    private static final URI READY = URI.create("http://127.0.0.1:" + PORT + "/health/ready");
    private static final URI METRICS = URI.create("http://127.0.0.1:" + PORT + "/metrics");

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofMillis(500)).build();
    private Process server;

    record Answer(int status, String type, String retryAfter, String body) {
        @Override
        public String toString() {
            return status + " " + type + (retryAfter == null ? "" : " Retry-After " + retryAfter);
        }
    }

    @Test
    void whileStartingOrStoppingThePortRefusesOrTheApplicationAnswers() throws Exception {
        List<Answer> starting = new CopyOnWriteArrayList<>();
        List<Answer> readiness = new CopyOnWriteArrayList<>();
        AtomicBoolean ready = new AtomicBoolean();
        server = start();
        CompletableFuture<Void> calling = CompletableFuture.runAsync(() -> {
            while (!ready.get() && server.isAlive()) {
                call(CALL, null).ifPresent(starting::add);
                call(READY, null).ifPresent(a -> {
                    readiness.add(a);
                    ready.set(a.status() == 200);
                });
                LockSupport.parkNanos(Duration.ofMillis(20).toNanos()); // a client's pace, not a wait for a state
            }
        });
        calling.get(4, TimeUnit.MINUTES);
        assertThat(server.isAlive()).as("the server started (see target/starting-it.log)").isTrue();
        System.out.println("API while starting: " + starting.stream().map(Answer::toString).distinct().toList());
        System.out.println("readiness while starting: " + readiness.stream().map(Answer::toString).distinct().toList());

        assertThat(call(CALL, null).orElseThrow().status()).isEqualTo(401);
        assertThat(starting).as("the application's 401 or the start-up gate's 503, never the runtime's 404")
                .extracting(Answer::status).isSubsetOf(401, 503);
        assertThat(readiness).extracting(Answer::status).isSubsetOf(200, 503);
        assertGateAnswers(starting);
        Answer up = call(READY, null).orElseThrow();
        assertThat(up.body()).contains("\"name\":\"schema-and-reference-data\"", "\"status\":\"UP\"");

        assertThat(call(METRICS, null).orElseThrow().status()).isEqualTo(401);
        assertThat(call(METRICS, "dispatcher").orElseThrow().status()).isEqualTo(403);
        Answer metrics = call(METRICS, "admin").orElseThrow();
        assertThat(metrics.status()).isEqualTo(200);
        assertThat(metrics.body()).contains("outbox");

        List<Answer> stopping = new CopyOnWriteArrayList<>();
        server.destroy(); // SIGTERM, as Ctrl-C on bin/run or a service manager's stop
        CompletableFuture<Void> watching = CompletableFuture.runAsync(() -> {
            while (server.isAlive()) {
                call(CALL, null).ifPresent(stopping::add);
                LockSupport.parkNanos(Duration.ofMillis(20).toNanos());
            }
        });
        watching.get(2, TimeUnit.MINUTES);
        System.out.println("API while stopping: " + stopping.stream().map(Answer::toString).distinct().toList());
        // Payara itself answers the last moments of a stop (a 503 page, and at times one empty 500 as the
        // listener closes: README, Known Issues); a cluster drains an instance in nginx before stopping it
        assertThat(stopping).as("while stopping: never \"not found\"").extracting(Answer::status).doesNotContain(404);
    }

    private static void assertGateAnswers(List<Answer> answers) {
        assertThat(answers).filteredOn(a -> a.status() == 503).allSatisfy(a -> {
            assertThat(a.type()).startsWith("application/problem+json");
            assertThat(a.retryAfter()).isEqualTo("10");
            assertThat(a.body()).contains("\"code\":\"starting-or-stopping\"");
        });
    }

    /** Payara Micro with the WAR the build made, as bin/run starts it; the database from this JVM's environment. */
    private static Process start() throws IOException {
        Path log = Path.of("target", "starting-it.log");
        Files.createDirectories(log.getParent());
        String commands = System.getProperty("payara.commands");
        return new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx1g", "-XX:TieredStopAtLevel=1", "-jar", System.getProperty("payara.micro.jar"),
                "--prebootcommandfile", commands + File.separator + "preboot.asadmin",
                "--postdeploycommandfile", commands + File.separator + "postdeploy.asadmin",
                "--nocluster", "--port", String.valueOf(PORT), "--contextroot", "/",
                "--deploy", System.getProperty("linkage.war")))
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    @AfterEach
    void stopServer() {
        if (server != null && server.isAlive()) {
            server.destroyForcibly();
            await().atMost(Duration.ofSeconds(30)).until(() -> !server.isAlive());
        }
    }

    /** A GET, signed in as a demo account by HTTP Basic when one is named; empty while the port refuses. */
    private Optional<Answer> call(URI uri, String account) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(5)).GET();
        if (account != null) {
            request.header("Authorization", Http.staff(account));
        }
        try {
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return Optional.of(new Answer(response.statusCode(),
                    response.headers().firstValue("Content-Type").orElse(""),
                    response.headers().firstValue("Retry-After").orElse(null), response.body()));
        } catch (IOException e) {
            return Optional.empty(); // the port is closed
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}

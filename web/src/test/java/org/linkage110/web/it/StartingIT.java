package org.linkage110.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jboss.arquillian.container.test.api.Deployer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.TargetsContainer;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * While the server starts, an agency's call is never answered as if the application had decided: no
 * 5xx but the start-up gate's 503 problem+json with Retry-After, then the application's own answers;
 * {@code /health/ready} carries the check of the schema and reference data. The server is started by
 * this test (the fixed-port container) while it calls all along; what it saw is printed. On Payara
 * Micro the application's context is enabled only after the start-up singletons have run, so before
 * that the runtime's own 404 answers (README, Known Issues).
 */
@ExtendWith(ArquillianExtension.class)
class StartingIT {

    private static final String DEPLOYMENT = "starting";
    private static final URI CALL = URI.create("http://127.0.0.1:28280/linkage/api/v1/incidents/999999999");
    private static final URI READY = URI.create("http://127.0.0.1:28280/health/ready");

    @Deployment(name = DEPLOYMENT, managed = false, testable = false)
    @TargetsContainer("payara-micro-fixed-port")
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    Deployer deployer;

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofMillis(500)).build();

    record Answer(int status, String type, String retryAfter, String body) {
        @Override
        public String toString() {
            return status + " " + type + (retryAfter == null ? "" : " Retry-After " + retryAfter);
        }
    }

    @Test
    void whileStartingNoCallIsAnsweredAsIfTheApplicationHadDecidedAndReadinessWaitsForTheSchema() throws Exception {
        List<Answer> calls = new CopyOnWriteArrayList<>();
        List<Answer> readiness = new CopyOnWriteArrayList<>();
        java.util.concurrent.atomic.AtomicBoolean started = new java.util.concurrent.atomic.AtomicBoolean();
        // the Deployer works on the test's own thread only, so the calls are made from another
        CompletableFuture<Void> calling = CompletableFuture.runAsync(() -> {
            while (!started.get()) {
                call(CALL).ifPresent(calls::add);
                call(READY).ifPresent(readiness::add);
                java.util.concurrent.locks.LockSupport.parkNanos(Duration.ofMillis(20).toNanos()); // a client's pace, not a wait for a state
            }
        });
        try {
            deployer.deploy(DEPLOYMENT);
            started.set(true);
            calling.join();
            System.out.println("API while starting: " + calls.stream().map(Answer::toString).distinct().toList());
            System.out.println("readiness while starting: " + readiness.stream().map(Answer::toString).distinct().toList());

            Answer after = call(CALL).orElseThrow();
            assertThat(after.status()).isEqualTo(401);
            assertThat(calls).as("no 5xx but the start-up gate's 503")
                    .allSatisfy(a -> assertThat(a.status() < 500 || a.status() == 503).isTrue());
            assertThat(calls).filteredOn(a -> a.status() == 503).allSatisfy(a -> {
                assertThat(a.type()).startsWith("application/problem+json");
                assertThat(a.retryAfter()).isEqualTo("10");
                assertThat(a.body()).contains("\"code\":\"starting-or-stopping\"");
            });
            Answer ready = call(READY).orElseThrow();
            assertThat(ready.status()).isEqualTo(200);
            assertThat(ready.body()).contains("\"name\":\"schema-and-reference-data\"", "\"status\":\"UP\"");
        } finally {
            started.set(true);
            deployer.undeploy(DEPLOYMENT);
        }
    }

    private java.util.Optional<Answer> call(URI uri) {
        try {
            HttpResponse<String> response = client.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(5))
                    .GET().build(), HttpResponse.BodyHandlers.ofString());
            return java.util.Optional.of(new Answer(response.statusCode(),
                    response.headers().firstValue("Content-Type").orElse(""),
                    response.headers().firstValue("Retry-After").orElse(null), response.body()));
        } catch (IOException e) {
            return java.util.Optional.empty(); // the port is not open yet
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}

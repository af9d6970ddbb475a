package org.linkage110.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import org.jboss.arquillian.container.test.api.Deployer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.TargetsContainer;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A police matter from 12345 is forwarded to 110 through the outbox: while 110 is down nothing is
 * lost, across a server restart nothing is lost, and once 110 answers it gets the message exactly
 * once per idempotency key. 110 is played by an HTTP receiver in this test.
 */
@ExtendWith(ArquillianExtension.class)
class OutboxIT {

    private static final String DEPLOYMENT = "outbox";
    private static final int RECEIVER_PORT = java.net.URI.create(System.getenv("APP_PEER_110_URL")).getPort();

    @Deployment(name = DEPLOYMENT, managed = false, testable = false)
    @TargetsContainer("payara-micro-fixed-port")
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    Deployer deployer;

    @Test
    void peerDownThenRestartThenPeerBackDeliversOnceAndLosesNothing() throws Exception {
        deployer.deploy(DEPLOYMENT);
        Http http = new Http(new URL("http://127.0.0.1:28280/linkage/"));
        String number = "12345-" + UUID.randomUUID();
        String receivedAt = Http.beijingTime(Duration.ofMinutes(10));
        String matter = Json.createObjectBuilder()
                .add("externalNumber", number).add("kind", "EMERGENCY_HELP").add("emergency", true)
                .add("receivedAt", receivedAt).add("callerName", "钱七")
                .add("callerPhone", "13511112222").add("address", "沈阳市于洪区昆山西路8号")
                .add("description", "有人持刀威胁，请求紧急救助").build().toString();

        HttpResponse<String> created = http.postJson("api/v1/police-matters", Http.KEY_12345, matter);
        assertThat(created.statusCode()).isEqualTo(201);
        JsonObject receipt = Http.json(created);
        assertThat(Instant.parse(receipt.getString("feedbackDueAt"))).isEqualTo(java.time.OffsetDateTime.parse(receivedAt).toInstant().plus(Duration.ofHours(1)));
        String key = "police-matter-" + receipt.getJsonNumber("id").longValue();

        awaitTrue(() -> attempts(key) >= 1, Duration.ofSeconds(30));
        assertThat(status(key)).isEqualTo("PENDING");

        deployer.undeploy(DEPLOYMENT);
        List<String> received = new CopyOnWriteArrayList<>();
        HttpServer peer = receiver(received);
        try {
            deployer.deploy(DEPLOYMENT);
            awaitTrue(() -> received.contains(key), Duration.ofSeconds(60));
            awaitTrue(() -> "DELIVERED".equals(status(key)), Duration.ofSeconds(10));
            Thread.sleep(4_000);
            assertThat(received).filteredOn(key::equals).hasSize(1);

            HttpResponse<String> redelivered = http.postJson("api/v1/police-matters", Http.KEY_12345, matter);
            assertThat(redelivered.statusCode()).isEqualTo(200);
            assertThat(Http.json(redelivered).getBoolean("redelivered")).isTrue();
            assertThat(Database.scalar("select count(*) from platform_outbox where idempotency_key = ?", key))
                    .isEqualTo(1);

            HttpResponse<String> fromWrongAgency = http.postJson("api/v1/police-matters", Http.KEY_110, matter);
            assertThat(fromWrongAgency.statusCode()).isEqualTo(403);
        } finally {
            peer.stop(0);
            deployer.undeploy(DEPLOYMENT);
        }
    }

    /** Plays 110: accepts police matters and notes each Idempotency-Key it gets. */
    private static HttpServer receiver(List<String> received) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", RECEIVER_PORT), 0);
        server.createContext("/110/police-matters", exchange -> {
            try (InputStream body = exchange.getRequestBody()) {
                String json = new String(body.readAllBytes(), StandardCharsets.UTF_8);
                if (json.contains("有人持刀威胁")) {
                    received.add(exchange.getRequestHeaders().getFirst("Idempotency-Key"));
                }
            }
            exchange.sendResponseHeaders(202, -1);
            exchange.close();
        });
        server.start();
        return server;
    }

    private static long attempts(String key) {
        try {
            return Database.scalar("select coalesce(max(attempts), 0) from platform_outbox where idempotency_key = ?", key);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String status(String key) {
        try (var c = Database.connect();
             var s = c.prepareStatement("select status from platform_outbox where idempotency_key = ?")) {
            s.setString(1, key);
            try (var rs = s.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void awaitTrue(BooleanSupplier condition, Duration timeout) throws InterruptedException {
        long end = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("condition not met within " + timeout);
            }
            Thread.sleep(250);
        }
    }
}

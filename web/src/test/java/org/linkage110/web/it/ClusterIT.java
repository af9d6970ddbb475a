package org.linkage110.web.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.json.Json;
import java.io.IOException;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;

/**
 * Two Payara Micro instances of the WAR as one cluster behind nginx, started by {@code bin/cluster 2}
 * exactly as the README runs it (the build already made): the sweeps of both instances raise each
 * warning once, a reference-data edit made on one instance counts on the other at once, and a portal
 * user keeps their session and their page when the instance serving them is killed.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterIT {

    private static final int PORT = 28380;
    private static final Path DIR = Path.of("target", "cluster").toAbsolutePath();
    private static Process cluster;
    private static Http front;
    private static Http first;
    private static Http second;

    @BeforeAll
    static void startCluster() throws Exception {
        Path root = Path.of(System.getProperty("user.dir")).getParent(); // the build runs in web/
        ProcessBuilder start = new ProcessBuilder("bash", root.resolve("bin/cluster").toString(), "2")
                .redirectErrorStream(true).redirectOutput(Files.createDirectories(DIR).resolve("cluster.out").toFile());
        start.environment().putAll(Map.of("CLUSTER_SKIP_BUILD", "true", "CLUSTER_PORT", String.valueOf(PORT),
                "CLUSTER_GRID_PORT", "5960", "CLUSTER_DIR", DIR.toString(), "CLUSTER_JAVA_OPTS", "-Xmx768m",
                // both instances sweep (the other tests sweep by hand), and every new stage is near its deadline
                "APP_WATCH_ENABLED", "true", "APP_WATCH_WARN_BEFORE", "PT3H"));
        cluster = start.start();
        front = new Http(new URL("http://127.0.0.1:" + PORT + "/"));
        first = new Http(new URL("http://127.0.0.1:" + (PORT + 1) + "/"));
        second = new Http(new URL("http://127.0.0.1:" + (PORT + 2) + "/"));
        await().atMost(Duration.ofMinutes(6)).pollInterval(Duration.ofSeconds(2)).until(() -> {
            assertThat(cluster.isAlive()).as("bin/cluster is running (see target/cluster)").isTrue();
            return Files.readString(DIR.resolve("cluster.out")).contains("is running as a cluster of 2");
        });
    }

    @AfterAll
    static void stopCluster() throws InterruptedException {
        if (cluster != null) {
            cluster.destroy(); // bin/cluster stops nginx and the instances on SIGTERM
            if (!cluster.waitFor(90, TimeUnit.SECONDS)) {
                cluster.destroyForcibly();
            }
        }
    }

    @Test
    @Order(1)
    void theSweepsOfBothInstancesRaiseEachWarningOnce() throws Exception {
        List<Long> instructions = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            instructions.add(Flows.dispatchedTo(front, "SD_LINGXI", "路口井盖缺失" + i + "号，车辆绕行")[1]);
        }
        String ids = instructions.stream().map(String::valueOf).reduce((a, b) -> a + "," + b).orElseThrow();
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(2)).until(() -> Database.scalar(
                "SELECT COUNT(DISTINCT subject_id) FROM supervision_notification WHERE kind = 'DEADLINE_WARNING'"
                        + " AND recipient = 'SD_LINGXI' AND subject_id IN (" + ids + ")") == instructions.size());
        await().during(Duration.ofSeconds(12)).atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(Database.scalar("SELECT COUNT(*) FROM supervision_notification WHERE kind = 'DEADLINE_WARNING'"
                        + " AND recipient = 'SD_LINGXI' AND subject_id IN (" + ids + ")"))
                        .as("one warning per stage near its deadline, though both instances sweep every 10 s")
                        .isEqualTo(Database.scalar("SELECT COUNT(DISTINCT dedupe_key) FROM supervision_notification"
                                + " WHERE kind = 'DEADLINE_WARNING' AND recipient = 'SD_LINGXI' AND subject_id IN (" + ids + ")")));
        for (int instance = 1; instance <= 2; instance++) {
            assertThat(Files.readString(DIR.resolve("log").resolve("instance-" + instance + ".log")))
                    .as("instance %d's sweeps never collided with the other's", instance)
                    .contains("deadline watch: ").doesNotContain("deadline watch failed", "Duplicate entry");
        }
    }

    @Test
    @Order(2)
    void aReferenceDataEditOnOneInstanceCountsOnTheOtherAtOnce() {
        String phrase = "银杏果" + UUID.randomUUID().toString().substring(0, 4) + "砸伤路人";
        String before = suggestedOn(second, phrase); // the second instance's suggester is built now, and kept
        String code = null;
        for (int attempt = 0; attempt < 10 && code == null; attempt++) {
            String candidate = "C09-" + (10 + new java.util.Random().nextInt(89));
            String changes = Json.createArrayBuilder().add(Json.createObjectBuilder()
                    .add("kind", "taxonomy-item").add("reason", "集群测试")
                    .add("values", Json.createObjectBuilder().add("code", candidate).add("parentCode", "C09")
                            .add("nameZh", "银杏果伤人").add("nameEn", "Falling ginkgo fruit").add("keywords", phrase)
                            .add("active", "true"))).build().toString();
            HttpResponse<String> saved = first.call("POST", "api/v1/reference-data/changes", Http.staff("supervisor"),
                    null, changes);
            if (saved.statusCode() == 200) {
                code = candidate;
            } else {
                assertThat(saved.body()).as("only a code taken by an earlier run is refused").contains("exists");
            }
        }
        String added = code;
        assertThat(added).isNotNull().isNotEqualTo(before);
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() ->
                assertThat(suggestedOn(second, phrase)).as("the second instance's suggester read the edit").isEqualTo(added));
    }

    @Test
    @Order(3)
    void aPortalUserKeepsTheirSessionAndPageWhenTheirInstanceIsKilled() throws Exception {
        try (Browser browser = new Browser()) {
            browser.signIn("http://127.0.0.1:" + PORT + "/login.xhtml", "dispatcher", "Demo-110");
            browser.waitForUrlContaining("/app/");
            browser.open("http://127.0.0.1:" + PORT + "/app/incidents.xhtml");
            String language = browser.visible(By.id("session:language")).getText();
            int serving = lastPortalUpstream();
            ProcessHandle instance = ProcessHandle.of(Long.parseLong(
                    Files.readString(DIR.resolve("instance-" + serving + ".pid")).trim())).orElseThrow();
            instance.destroyForcibly(); // kill -9: nothing of this instance is asked
            await().atMost(Duration.ofSeconds(30)).until(() -> !instance.isAlive());

            // the next click is a postback of the page the user has open: its view and the session come from the grid
            browser.visible(By.id("session:language")).click();
            browser.waitUntil(d -> !d.findElement(By.id("session:language")).getText().equals(language));
            browser.screenshot("cluster-after-failover");
            assertThat(browser.driver().getCurrentUrl()).contains("incidents.xhtml").doesNotContain("login");
            assertThat(browser.visible(By.id("signed-in-username")).getText()).isEqualTo("dispatcher");
            assertThat(lastPortalUpstream()).as("the click was served by the other instance").isNotEqualTo(serving);
        }
    }

    /** The category intake suggests for a call with no category, on that instance. */
    private static String suggestedOn(Http instance, String description) {
        HttpResponse<String> created = instance.postJson("api/v1/incidents", Http.KEY_110,
                Http.incident("110-" + UUID.randomUUID(), description).remove("categoryCode").build().toString());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return Http.json(created).getString("categoryCode", "");
    }

    /** Which instance (1 or 2) nginx sent the last portal page to, from its access log. */
    private static int lastPortalUpstream() throws IOException {
        List<String> pages = Files.readAllLines(DIR.resolve("log").resolve("nginx-access.log")).stream()
                .filter(line -> line.contains(".xhtml")).toList();
        String line = pages.get(pages.size() - 1);
        return line.contains("127.0.0.1:" + (PORT + 1)) ? 1 : 2;
    }
}

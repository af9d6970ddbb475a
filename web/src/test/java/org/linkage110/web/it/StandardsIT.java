package org.linkage110.web.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.standardwebhooks.Webhook;
import com.standardwebhooks.exceptions.WebhookVerificationException;
import com.sun.net.httpserver.HttpServer;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.TargetsContainer;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * How agencies plug in by standards, in a server whose demo peers play 110 and 12345 (see the
 * {@code payara-micro-peers} container): the outbox reaching the demo peers and its console, dead
 * messages retried once, signed webhooks checked by the Standard Webhooks library and by the
 * test's own verifier, tokens for desk systems, and the Open311 facade in JSON and XML.
 */
@ExtendWith(ArquillianExtension.class)
class StandardsIT {

    private static final String ADMIN = Http.staff("admin");
    private static final String SUPERVISOR = Http.staff("supervisor");
    private static final String CITY_APP = "city-app.Demo-110";
    /** The keys the container configures: k2 signs, k1 (the previous key) still verifies. */
    private static final byte[] K1 = Base64.getDecoder().decode("ICYNrunVj7Ysn5Ks+Ujxc0Ug8gezsviwXLrgq4q1fLc");

    @Deployment(testable = false)
    @TargetsContainer("payara-micro-peers")
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    private Http http;
    private final HttpClient client = HttpClient.newHttpClient();

    @BeforeEach
    void connect() {
        http = new Http(base);
    }

    // ---- demo peers and the outbox console ---------------------------------------------------

    @Test
    void aDispatchedOrderReachesTheDemoPeersAndShowsOnTheirPage() throws Exception {
        long[] sent = Flows.dispatchedTo(http, "SD_LINGXI", "路灯不亮，夜间通行不便");
        Flows.act(http, Flows.LINGXI, sent[1], "sign", null, 200);
        Flows.act(http, Flows.LINGXI, sent[1], "submit-result", "已更换灯泡", 200);
        assertThat(http.call("POST", "api/v1/instructions/" + sent[1] + "/confirm", Flows.DISPATCHER, null, null)
                .statusCode()).isEqualTo(200);
        String key = "result-" + sent[0] + "-1";
        await().atMost(Duration.ofSeconds(30)).until(() -> received("110").stream()
                .anyMatch(m -> key.equals(m.getString("key", null))));
        JsonObject result = received("110").stream().filter(m -> key.equals(m.getString("key", null))).findFirst()
                .orElseThrow();
        assertThat(result.getString("type")).isEqualTo("incident-results");
        assertThat(result.getBoolean("duplicate")).isFalse();
        assertThat(result.getString("receipt")).startsWith("JQ");
        assertThat(result.getString("payload")).contains("已更换灯泡");
        await().atMost(Duration.ofSeconds(10)).until(() -> "DELIVERED".equals(outboxEntry("110", key).getString("status")));

        long diverted = Flows.push(http, Http.incident("110-" + UUID.randomUUID(), "夜市摊点占道经营，噪音扰民"));
        JsonArray toHotline = Http.array(http.call("POST", "api/v1/orders/" + diverted + "/dispatch", Flows.DISPATCHER,
                null, "{}"));
        String diversion = "diversion-" + toHotline.getJsonObject(0).getJsonNumber("id").longValue();
        await().atMost(Duration.ofSeconds(30)).until(() -> received("12345").stream()
                .anyMatch(m -> diversion.equals(m.getString("key", null))));

        try (Browser browser = new Browser()) {
            browser.signIn(url("login.xhtml"), "dispatcher", "Demo-110");
            browser.waitForUrlContaining("/app/");
            browser.open(url("app/peers.xhtml"));
            String page = browser.visible(By.cssSelector(".received-110")).getText();
            assertThat(page).contains(key).contains(result.getString("receipt"));
            assertThat(browser.visible(By.cssSelector(".received-12345")).getText()).contains(diversion);
            assertThat(browser.present(By.cssSelector(".toggle-110"))).as("only an administrator takes a peer down")
                    .isFalse();
            screenshot(browser, "demo-peers");
        }
    }

    @Test
    void aPeerDownForThreeAttemptsParksTheMessageAsDeadWarnsTheOfficeAndARetryFromTheConsoleDeliversItOnce()
            throws Exception {
        assertThat(http.call("PUT", "api/v1/demo-peers/110", Flows.DISPATCHER, null, "{\"answering\":false}")
                .statusCode()).as("only an administrator").isEqualTo(403);
        assertThat(http.call("PUT", "api/v1/demo-peers/110", ADMIN, null, "{\"answering\":false}").statusCode())
                .isEqualTo(200);
        String key;
        try {
            key = policeMatterForwardedTo110();
            String waitFor = key;
            await().atMost(Duration.ofSeconds(40)).until(() -> "DEAD".equals(outboxEntry("110", waitFor).getString("status")));
            JsonObject dead = outboxEntry("110", key);
            assertThat(dead.getInt("attempts")).isEqualTo(3);
            assertThat(dead.getString("lastError")).isEqualTo("HTTP 503");
            assertThat(dead.containsKey("nextAttemptAt")).isFalse();
            long id = dead.getJsonNumber("id").longValue();
            assertThat(Http.array(http.call("GET", "api/v1/notifications", Flows.DISPATCHER, null, null)).stream()
                    .map(JsonObject.class::cast)
                    .filter(n -> "OUTBOX_DEAD".equals(n.getString("kind")))
                    .map(n -> n.getJsonNumber("subjectId").longValue())).contains(id);
            assertThat(metrics()).containsPattern("outbox_dead[^ ]* [1-9]");
            assertThat(Http.json(http.call("GET", "api/v1/outbox/" + id, Flows.DISPATCHER, null, null)).getString("code"))
                    .as("the console is the administrator's").isEqualTo("forbidden");
        } finally {
            assertThat(http.call("PUT", "api/v1/demo-peers/110", ADMIN, null, "{\"answering\":true}").statusCode())
                    .isEqualTo(200);
        }
        assertThat(received("110").stream().filter(m -> key.equals(m.getString("key", null)))).isEmpty();

        try (Browser browser = new Browser()) {
            browser.signIn(url("login.xhtml"), "admin", "Demo-110");
            browser.waitForUrlContaining("/app/");
            browser.open(url("app/outbox.xhtml"));
            browser.visible(By.id("outbox:status"));
            org.openqa.selenium.WebElement row = browser.driver().findElements(By.cssSelector("#outbox\\:messages tr")).stream()
                    .filter(tr -> tr.getText().contains(key)).findFirst().orElseThrow();
            assertThat(row.getText()).contains("HTTP 503").contains("已停止");
            screenshot(browser, "outbox-dead");
            row.findElement(By.cssSelector("button.retry")).click();
            browser.waitUntil(d -> d.getPageSource().contains("已重新排入投递队列"));
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> "DELIVERED".equals(outboxEntry("110", key).getString("status")));
        List<JsonObject> deliveries = received("110").stream().filter(m -> key.equals(m.getString("key", null))).toList();
        assertThat(deliveries).hasSize(1);
        assertThat(deliveries.get(0).getBoolean("duplicate")).isFalse();
        long id = outboxEntry("110", key).getJsonNumber("id").longValue();
        assertThat(Database.scalar("select count(*) from platform_audit_event where action = 'platform.outbox.retried' "
                + "and subject_id = ? and actor = 'admin'", String.valueOf(id))).isEqualTo(1);

        Http.problem(http.call("POST", "api/v1/outbox/" + id + "/retry", ADMIN, null, null), "illegal-transition");
        assertThat(Http.json(http.call("POST", "api/v1/outbox/" + id + "/resend", ADMIN, null, null)).getString("status"))
                .isEqualTo("PENDING");
        await().atMost(Duration.ofSeconds(30)).until(() -> received("110").stream()
                .filter(m -> key.equals(m.getString("key", null))).count() == 2);
        assertThat(received("110").stream().filter(m -> key.equals(m.getString("key", null)))
                .filter(m -> m.getBoolean("duplicate")).map(m -> m.getString("receipt")))
                .as("the peer recognises the key and answers the first receipt").containsExactly(deliveries.get(0)
                        .getString("receipt"));
        assertThat(metrics()).contains("outbox_delivery_latency");
    }

    // ---- webhooks ---------------------------------------------------------------------------

    @Test
    void webhooksAreSignedPerStandardWebhooksAndAWrongSecretOrAnOldTimestampFails() throws Exception {
        List<Delivery> deliveries = new CopyOnWriteArrayList<>();
        HttpServer receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/hooks", exchange -> {
            try (InputStream body = exchange.getRequestBody()) {
                deliveries.add(new Delivery(exchange.getRequestHeaders().entrySet().stream()
                        .collect(Collectors.toMap(e -> e.getKey().toLowerCase(), e -> e.getValue().get(0), (a, b) -> a)),
                        new String(body.readAllBytes(), StandardCharsets.UTF_8)));
            }
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        receiver.start();
        Long subscriptionId = null;
        try {
            String hookUrl = "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hooks";
            Http.problem(http.call("POST", "api/v1/webhooks", ADMIN, null, Json.createObjectBuilder()
                    .add("audience", "SD_LINGXI").add("url", hookUrl).add("events", Json.createArrayBuilder()
                            .add("order.teleported")).build().toString()), "unprocessable-request");
            HttpResponse<String> registered = http.call("POST", "api/v1/webhooks", ADMIN, null, Json.createObjectBuilder()
                    .add("audience", "SD_LINGXI").add("url", hookUrl).add("events", Json.createArrayBuilder()
                            .add("instruction.dispatched").add("instrument.issued")).build().toString());
            assertThat(registered.statusCode()).as(registered.body()).isEqualTo(201);
            JsonObject subscription = Http.json(registered);
            String secret = subscription.getString("secret");
            assertThat(secret).startsWith("whsec_");
            subscriptionId = subscription.getJsonNumber("id").longValue();
            assertThat(http.call("GET", "api/v1/webhooks/" + subscriptionId, ADMIN, null, null).body())
                    .doesNotContain(secret);

            long[] sent = Flows.dispatchedTo(http, "SD_LINGXI", "井盖缺失，行人易跌落");
            Delivery dispatched = awaitDelivery(deliveries, "instruction.dispatched", sent[1]);
            assertThat(dispatched.headers().get("webhook-id")).startsWith("msg_");
            new Webhook(secret).verify(dispatched.body(), dispatched.asHttpHeaders());
            assertThat(OwnVerifier.verify(secret, dispatched, Instant.now())).isTrue();
            JsonObject event = Json.createReader(new java.io.StringReader(dispatched.body())).readObject();
            assertThat(event.getJsonObject("data").getJsonNumber("incidentId").longValue()).isEqualTo(sent[0]);
            assertThat(event.getJsonObject("data").getString("unit")).isEqualTo("SD_LINGXI");

            String wrongSecret = "whsec_" + Base64.getEncoder().encodeToString(new byte[32]);
            assertThatThrownBy(() -> new Webhook(wrongSecret).verify(dispatched.body(), dispatched.asHttpHeaders()))
                    .isInstanceOf(WebhookVerificationException.class);
            assertThat(OwnVerifier.verify(wrongSecret, dispatched, Instant.now())).isFalse();
            assertThat(OwnVerifier.verify(secret, dispatched, Instant.now().plus(Duration.ofMinutes(6))))
                    .as("a delivery replayed later than the tolerance").isFalse();
            assertThat(OwnVerifier.verify(secret, dispatched.withBody(dispatched.body().replace("SD_LINGXI", "SD_XX")),
                    Instant.now())).as("a body changed on the way").isFalse();

            JsonObject rotated = Http.json(http.call("POST", "api/v1/webhooks/" + subscriptionId + "/rotate-secret", ADMIN,
                    null, null));
            String newSecret = rotated.getString("secret");
            assertThat(newSecret).isNotEqualTo(secret);
            long instrument = Http.json(http.call("POST", "api/v1/instruments", SUPERVISOR, null, Json.createObjectBuilder()
                    .add("kind", "SUPERVISION_ORDER").add("title", "井盖巡查督办").add("body", "请三日内完成辖区井盖巡查")
                    .add("units", Json.createArrayBuilder().add("SD_LINGXI"))
                    .add("answerDue", OffsetDateTime.now(ZoneOffset.ofHours(8)).plusDays(3).truncatedTo(ChronoUnit.SECONDS)
                            .toString()).build().toString())).getJsonNumber("id").longValue();
            Delivery issued = awaitDelivery(deliveries, "instrument.issued", instrument);
            assertThat(issued.headers().get("webhook-signature").split(" ")).as("new and previous secret during the overlap")
                    .hasSize(2);
            new Webhook(newSecret).verify(issued.body(), issued.asHttpHeaders());
            new Webhook(secret).verify(issued.body(), issued.asHttpHeaders());

            JsonObject outbox = Http.json(http.call("GET", "api/v1/outbox?destination=webhook:" + subscriptionId, ADMIN,
                    null, null));
            assertThat(outbox.getJsonArray("messages").stream().map(JsonObject.class::cast)
                    .map(m -> m.getString("type"))).contains("instruction.dispatched", "instrument.issued");
        } finally {
            receiver.stop(0);
            if (subscriptionId != null) { // later tests' orders for SD_LINGXI must not go to a receiver that is gone
                assertThat(http.call("DELETE", "api/v1/webhooks/" + subscriptionId, ADMIN, null, null).statusCode())
                        .isEqualTo(200);
            }
        }
    }

    // ---- tokens -----------------------------------------------------------------------------

    @Test
    void aTokenAuthenticatesAndAnExpiredTamperedOrUnknownOneIs401() throws Exception {
        long[] sent = Flows.dispatchedTo(http, "SD_LINGXI", "路面塌陷，车辆绕行");
        HttpResponse<String> exchanged = http.call("POST", "api/v1/tokens", Flows.DISPATCHER, null, null);
        assertThat(exchanged.statusCode()).as(exchanged.body()).isEqualTo(200);
        JsonObject tokens = Http.json(exchanged);
        assertThat(tokens.getString("token_type")).isEqualTo("Bearer");
        assertThat(tokens.getInt("expires_in")).isEqualTo(900);
        String access = tokens.getString("access_token");
        assertThat(http.call("GET", "api/v1/orders/" + sent[0], "Bearer " + access, null, null).statusCode()).isEqualTo(200);
        assertThat(http.call("POST", "api/v1/instruments", "Bearer " + access, null, "{}").statusCode())
                .as("the token carries the dispatcher's roles, no more").isEqualTo(403);

        String[] parts = access.split("\\.");
        String claims = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace("\"DISPATCHER\"", "\"ADMIN\"");
        String tampered = parts[0] + "." + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(claims.getBytes(StandardCharsets.UTF_8)) + "." + parts[2];
        Http.problem(http.call("GET", "api/v1/orders/" + sent[0], "Bearer " + tampered, null, null), "unauthenticated");
        Http.problem(http.call("GET", "api/v1/orders/" + sent[0], "Bearer " + token("k1", K1, "dispatcher",
                Instant.now().minusSeconds(60)), null, null), "unauthenticated");
        assertThat(http.call("GET", "api/v1/orders/" + sent[0], "Bearer " + token("k1", K1, "dispatcher",
                Instant.now().plusSeconds(300)), null, null).statusCode())
                .as("a token signed with the previous key still holds while it is configured").isEqualTo(200);
        Http.problem(http.call("GET", "api/v1/orders/" + sent[0], "Bearer " + token("k0", K1, "dispatcher",
                Instant.now().plusSeconds(300)), null, null), "unauthenticated");
        Http.problem(http.call("GET", "api/v1/orders/" + sent[0], "Bearer not-a-token", null, null), "unauthenticated");
        Http.problem(http.call("POST", "api/v1/tokens", "Bearer " + access, null, null), "token-not-exchangeable");

        HttpResponse<String> refreshed = http.call("POST", "api/v1/tokens/refresh", null, null,
                Json.createObjectBuilder().add("refreshToken", tokens.getString("refresh_token")).build().toString());
        assertThat(refreshed.statusCode()).as(refreshed.body()).isEqualTo(200);
        assertThat(http.call("GET", "api/v1/orders/" + sent[0], "Bearer " + Http.json(refreshed).getString("access_token"),
                null, null).statusCode()).isEqualTo(200);
        Http.problem(http.call("POST", "api/v1/tokens/refresh", null, null,
                Json.createObjectBuilder().add("refreshToken", access).build().toString()), "unauthenticated");
        Http.problem(http.call("GET", "api/v1/orders/" + sent[0], "Bearer " + tokens.getString("refresh_token"), null,
                null), "unauthenticated");

        JsonObject client = Http.json(http.call("POST", "api/v1/tokens", Http.KEY_110, null, null));
        assertThat(http.call("GET", "api/v1/incidents/" + sent[0], "Bearer " + client.getString("access_token"), null,
                null).statusCode()).isEqualTo(200);
        Http.problem(http.call("POST", "api/v1/tokens", Http.staff("nobody"), null, null), "unauthenticated");
    }

    /** A token as the server would sign it, with a key id, key and expiry of the test's choosing. */
    private static String token(String kid, byte[] key, String user, Instant expires) throws Exception {
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).keyID(kid).build(),
                new JWTClaimsSet.Builder().issuer("linkage110").subject(user).claim("groups", List.of("DISPATCHER"))
                        .claim("token_use", "access").claim("kind", "staff")
                        .issueTime(Date.from(expires.minusSeconds(900))).expirationTime(Date.from(expires)).build());
        jwt.sign(new MACSigner(key));
        return jwt.serialize();
    }

    // ---- Open311 ----------------------------------------------------------------------------

    @Test
    void open311ServicesMatchTheTaxonomyInJsonAndXml() throws Exception {
        HttpResponse<String> json = get("open311/v2/services.json");
        assertThat(json.statusCode()).isEqualTo(200);
        assertThat(json.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
        JsonArray services = Http.array(json);
        Set<String> items = Database.strings("select code from intake_taxonomy_item where parent_code is not null and active");
        assertThat(services.stream().map(JsonObject.class::cast).map(s -> s.getString("service_code"))
                .collect(Collectors.toSet())).isEqualTo(items);
        JsonObject manhole = services.stream().map(JsonObject.class::cast)
                .filter(s -> s.getString("service_code").equals("C01-01")).findFirst().orElseThrow();
        assertThat(manhole.getString("group")).startsWith("公共设施");
        assertThat(manhole.getBoolean("metadata")).isTrue();

        Document xml = xml(get("open311/v2/services.xml"));
        assertThat(xml.getDocumentElement().getTagName()).isEqualTo("services");
        assertThat(xml.getElementsByTagName("service").getLength()).isEqualTo(services.size());

        JsonObject definition = Http.json(get("open311/v2/services/C01-01.json"));
        Map<String, JsonObject> attributes = definition.getJsonArray("attributes").stream().map(JsonObject.class::cast)
                .collect(Collectors.toMap(a -> a.getString("code"), a -> a));
        assertThat(attributes).containsKeys("landmark", "traffic_impact", "anyone_injured");
        assertThat(attributes.get("traffic_impact").getString("datatype")).isEqualTo("singlevaluelist");
        assertThat(attributes.get("traffic_impact").getBoolean("required")).isTrue();
        assertThat(attributes.get("traffic_impact").getJsonArray("values").stream().map(JsonObject.class::cast)
                .map(v -> v.getString("key"))).containsExactly("不影响通行", "影响通行", "已无法通行");
        Document definitionXml = xml(get("open311/v2/services/C01-01.xml"));
        assertThat(definitionXml.getDocumentElement().getTagName()).isEqualTo("service_definition");
        assertThat(definitionXml.getElementsByTagName("attribute").getLength()).isEqualTo(attributes.size());

        HttpResponse<String> missing = get("open311/v2/services/C99-99.json");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(Http.array(missing).getJsonObject(0).getInt("code")).isEqualTo(404);
        assertThat(http.get(http.serverRoot("openapi"), null).body())
                .containsPattern("(?m)^  /open311/v2/services\\.\\{format}:$")
                .doesNotContainPattern("(?m)^  '?/api/open311/");
    }

    @Test
    void anOpen311RequestBecomesAnIncidentThatRoutingAssessesAndItsStatusAndUpdatesFollowTheOrder() throws Exception {
        String token = "app-" + UUID.randomUUID();
        int unique = java.util.concurrent.ThreadLocalRandom.current().nextInt(1, 99_999_999);
        Map<String, String> form = Map.of("api_key", CITY_APP, "service_code", "C01-01",
                "address_string", "沈阳市于洪区黄河北大街" + unique + "号", "description", "人行道井盖缺失",
                "last_name", "李", "first_name", "雷", "phone", "139" + String.format("%08d", unique),
                "attribute[landmark]", "公交站旁", "attribute[traffic_impact]", "影响通行",
                "attribute[anyone_injured]", "false");
        HttpResponse<String> posted = postForm("open311/v2/requests.json", form, token);
        assertThat(posted.statusCode()).as(posted.body()).isEqualTo(201);
        JsonObject receipt = Http.array(posted).getJsonObject(0);
        assertThat(receipt.getString("token")).isEqualTo(token);
        long id = Long.parseLong(receipt.getString("service_request_id"));
        HttpResponse<String> again = postForm("open311/v2/requests.json", form, token);
        assertThat(again.statusCode()).as("the same token again is the same request").isEqualTo(200);
        assertThat(Http.array(again).getJsonObject(0).getString("service_request_id")).isEqualTo(Long.toString(id));

        JsonObject order = Flows.order(http, id);
        assertThat(order.getString("status")).isEqualTo("AWAITING_ASSESSMENT");
        assertThat(Http.json(http.call("GET", "api/v1/orders/" + id, Flows.DISPATCHER, null, null))
                .getJsonObject("order").getJsonObject("proposal").getString("handlingClass")).isNotBlank();
        JsonObject before = Http.array(get("open311/v2/requests/" + id + ".json?api_key=" + CITY_APP)).getJsonObject(0);
        assertThat(before.getString("status")).isEqualTo("open");
        assertThat(before.getString("status_notes")).contains("待研判");
        assertThat(before.getString("service_code")).isEqualTo("C01-01");
        assertThat(Http.array(get("open311/v2/tokens/" + token + ".json?api_key=" + CITY_APP)).getJsonObject(0)
                .getString("service_request_id")).isEqualTo(Long.toString(id));

        Instant since = Instant.now().truncatedTo(ChronoUnit.SECONDS).plusSeconds(1);
        await().atMost(Duration.ofSeconds(3)).until(() -> Instant.now().isAfter(since.plusMillis(50)));
        String start = URLEncoder.encode(OffsetDateTime.ofInstant(since, ZoneOffset.ofHours(8)).toString(),
                StandardCharsets.UTF_8);
        assertThat(Http.array(get("open311/v2/servicerequestupdates.json?api_key=" + CITY_APP + "&start_date=" + start))
                .stream().map(JsonObject.class::cast).filter(u -> u.getString("service_request_id").equals("" + id)))
                .isEmpty();
        HttpResponse<String> dispatched = http.call("POST", "api/v1/orders/" + id + "/dispatch", Flows.DISPATCHER, null,
                "{\"dispatchMode\":\"IMMEDIATE\",\"leadUnit\":\"SD_LINGXI\",\"reason\":\"属地即时处置\"}");
        assertThat(dispatched.statusCode()).as(dispatched.body()).isEqualTo(200);

        JsonObject after = Http.array(get("open311/v2/requests.json?api_key=" + CITY_APP + "&service_request_id=" + id))
                .getJsonObject(0);
        assertThat(after.getString("status")).isEqualTo("open");
        assertThat(after.getString("status_notes")).contains("已派单");
        List<JsonObject> updates = Http.array(get("open311/v2/servicerequestupdates.json?api_key=" + CITY_APP
                + "&start_date=" + start)).stream().map(JsonObject.class::cast)
                .filter(u -> u.getString("service_request_id").equals("" + id)).toList();
        assertThat(updates).hasSize(1);
        assertThat(updates.get(0).getString("status")).isEqualTo("open");
        assertThat(updates.get(0).getString("description")).contains("已派单");
        Document updatesXml = xml(get("open311/v2/servicerequestupdates.xml?api_key=" + CITY_APP + "&start_date=" + start));
        assertThat(updatesXml.getDocumentElement().getTagName()).isEqualTo("service_request_updates");

        String today = OffsetDateTime.now(ZoneOffset.ofHours(8)).truncatedTo(ChronoUnit.DAYS).toString();
        String range = "&start_date=" + URLEncoder.encode(today, StandardCharsets.UTF_8);
        assertThat(ids(get("open311/v2/requests.json?api_key=" + CITY_APP + "&service_code=C01-01&status=open" + range)))
                .contains(id);
        assertThat(ids(get("open311/v2/requests.json?api_key=" + CITY_APP + "&status=closed" + range))).doesNotContain(id);
        assertThat(ids(get("open311/v2/requests.json?api_key=" + CITY_APP + "&service_code=C02-01" + range)))
                .doesNotContain(id);

        Document one = xml(get("open311/v2/requests/" + id + ".xml?api_key=" + CITY_APP));
        assertThat(one.getDocumentElement().getTagName()).isEqualTo("service_requests");
        Element request = (Element) one.getElementsByTagName("request").item(0);
        assertThat(request.getElementsByTagName("service_request_id").item(0).getTextContent()).isEqualTo("" + id);
        assertThat(request.getElementsByTagName("status").item(0).getTextContent()).isEqualTo("open");

        HttpResponse<String> noKey = postForm("open311/v2/requests.json", Map.of("service_code", "C01-01",
                "address_string", "沈阳市于洪区", "description", "x"), null);
        assertThat(noKey.statusCode()).isEqualTo(403);
        assertThat(Http.array(noKey).getJsonObject(0).getInt("code")).isEqualTo(403);
        HttpResponse<String> asAnotherAgency = get("open311/v2/requests/" + id + ".json?api_key=" + Http.KEY_110);
        assertThat(asAnotherAgency.statusCode()).isEqualTo(403);
        HttpResponse<String> badXml = postForm("open311/v2/requests.xml", Map.of("api_key", CITY_APP,
                "service_code", "C01-01", "description", "没有地点"), null);
        assertThat(badXml.statusCode()).isEqualTo(400);
        assertThat(xml(badXml).getElementsByTagName("error").getLength()).isEqualTo(1);

        int n = java.util.concurrent.ThreadLocalRandom.current().nextInt(1, 99_999_999);
        long drill = Http.json(http.call("POST", "api/v1/spot-checks", SUPERVISOR, null, Json.createObjectBuilder()
                .add("targetUnit", "SD_LINGXI").add("scenario", "测响应").add("callerName", "赵六")
                .add("callerPhone", "137" + String.format("%08d", n)).add("address", "沈阳市于洪区怒江北街" + n + "号")
                .add("description", "井盖缺失无人处理").add("categoryCode", "C01-01")
                .add("inquiryAnswers", Json.createObjectBuilder().add("landmark", "小区门口")
                        .add("traffic_impact", "影响通行").add("anyone_injured", "false")).build().toString()))
                .getJsonNumber("incidentId").longValue();
        assertThat(ids(get("open311/v2/requests.json?api_key=" + CITY_APP + "&service_request_id=" + drill))).isEmpty();
        assertThat(get("open311/v2/requests/" + drill + ".json?api_key=" + CITY_APP).statusCode()).isEqualTo(404);
    }

    // ---- helpers ----------------------------------------------------------------------------

    private String policeMatterForwardedTo110() {
        String matter = Json.createObjectBuilder()
                .add("externalNumber", "12345-" + UUID.randomUUID()).add("kind", "EMERGENCY_HELP").add("emergency", true)
                .add("receivedAt", Http.beijingTime(Duration.ofMinutes(5))).add("callerName", "钱七")
                .add("callerPhone", "13511112222").add("address", "沈阳市于洪区昆山西路8号")
                .add("description", "有人持刀威胁，请求紧急救助").build().toString();
        HttpResponse<String> created = http.postJson("api/v1/police-matters", Http.KEY_12345, matter);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return "police-matter-" + Http.json(created).getJsonNumber("id").longValue();
    }

    private List<JsonObject> received(String peer) {
        HttpResponse<String> response = http.call("GET", "api/v1/demo-peers/" + peer + "?max=500", Flows.DISPATCHER, null,
                null);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return Http.json(response).getJsonArray("received").stream().map(JsonObject.class::cast).toList();
    }

    private JsonObject outboxEntry(String destination, String key) {
        return Http.json(http.call("GET", "api/v1/outbox?max=500&destination=" + destination, ADMIN, null, null))
                .getJsonArray("messages").stream().map(JsonObject.class::cast)
                .filter(m -> key.equals(m.getString("key"))).findFirst()
                .orElseThrow(() -> new AssertionError("no outbox message " + key));
    }

    private String metrics() {
        return http.get(http.serverRoot("metrics?scope=application"), null).body();
    }

    private HttpResponse<String> get(String path) throws Exception {
        return client.send(HttpRequest.newBuilder(http.resolve(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> postForm(String path, Map<String, String> fields, String idempotencyKey)
            throws Exception {
        String body = fields.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        HttpRequest.Builder request = HttpRequest.newBuilder(http.resolve(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static List<Long> ids(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return Http.array(response).stream().map(JsonObject.class::cast)
                .map(r -> Long.parseLong(r.getString("service_request_id"))).toList();
    }

    private static Document xml(HttpResponse<String> response) throws Exception {
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("text/xml");
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(response.body().getBytes(StandardCharsets.UTF_8)));
    }

    private String url(String path) {
        return http.resolve(path).toString();
    }

    private static void screenshot(Browser browser, String name) throws Exception {
        Path target = Path.of("target", "screenshots");
        Files.createDirectories(target);
        Files.write(target.resolve(name + ".png"), ((TakesScreenshot) browser.driver()).getScreenshotAs(OutputType.BYTES));
    }

    private static Delivery awaitDelivery(List<Delivery> deliveries, String type, long id) {
        await().atMost(Duration.ofSeconds(30)).until(() -> deliveries.stream().anyMatch(d -> d.is(type, id)));
        return deliveries.stream().filter(d -> d.is(type, id)).findFirst().orElseThrow();
    }

    /** What the webhook receiver got: its headers (lower-case names) and body. */
    record Delivery(Map<String, String> headers, String body) {

        boolean is(String type, long id) {
            return body.contains("\"type\":\"" + type + "\"") && (body.contains("Id\":" + id + ",")
                    || body.contains("Id\":" + id + "}"));
        }

        Delivery withBody(String other) {
            return new Delivery(headers, other);
        }

        HttpHeaders asHttpHeaders() {
            return HttpHeaders.of(headers.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
                    e -> List.of(e.getValue()))), (a, b) -> true);
        }
    }

    /**
     * The Standard Webhooks check written from the specification, independently of the server's
     * code: HMAC-SHA256 of id.timestamp.body under the secret's bytes, any v1 signature matching,
     * and the timestamp within five minutes of the receiver's now.
     */
    static final class OwnVerifier {

        static boolean verify(String secret, Delivery delivery, Instant now) throws Exception {
            String id = delivery.headers().get("webhook-id");
            long timestamp = Long.parseLong(delivery.headers().get("webhook-timestamp"));
            if (Math.abs(now.getEpochSecond() - timestamp) > 300) {
                return false;
            }
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.substring("whsec_".length())), "HmacSHA256"));
            String expected = Base64.getEncoder().encodeToString(mac.doFinal((id + "." + timestamp + "." + delivery.body())
                    .getBytes(StandardCharsets.UTF_8)));
            for (String signature : delivery.headers().get("webhook-signature").split(" ")) {
                if (signature.startsWith("v1,") && java.security.MessageDigest.isEqual(
                        signature.substring(3).getBytes(StandardCharsets.US_ASCII),
                        expected.getBytes(StandardCharsets.US_ASCII))) {
                    return true;
                }
            }
            return false;
        }
    }
}

package org.linkage110.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The HTTP edge over real HTTP: the headers and cookie flags of every answer, the body limits, the
 * strict decoding of charsets and bytes, strict JSON types, and the per-client rate limit (this
 * test's own client {@code rate-probe} is configured at 1 call a second, bursts of 2, in the pom).
 */
@SharedServer.Uses
class EdgeIT {

    private static final String JSON = "application/json";

    @SharedServer.Base
    URL base;

    private Http http;

    @BeforeEach
    void client() {
        http = new Http(base);
    }

    @Test
    void pagesAndApiAnswersCarryTheSecurityHeadersAndTheSessionCookieItsFlags() {
        HttpResponse<String> page = http.get(http.resolve("login.xhtml"), null);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp -> assertThat(csp)
                .contains("default-src 'self'", "frame-ancestors 'none'", "object-src 'none'")
                .containsPattern("script-src 'self' 'nonce-[A-Za-z0-9+/=_-]+'"));
        String nonce = page.headers().firstValue("Content-Security-Policy").orElseThrow()
                .replaceAll(".*'nonce-([^']+)'.*", "$1");
        assertThat(page.body()).contains("nonce=\"" + nonce + "\"");
        assertCommonHeaders(page);
        assertThat(page.headers().allValues("Set-Cookie")).filteredOn(c -> c.startsWith("JSESSIONID="))
                .singleElement().satisfies(cookie -> assertThat(cookie)
                        .containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax")
                        .doesNotContainIgnoringCase("Secure"));

        HttpResponse<String> api = http.get(http.resolve("api/v1/units"), Http.unitKey("SD_LINGXI"));
        assertCommonHeaders(api);
        assertThat(api.headers().firstValue("Content-Security-Policy")).hasValue(
                "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'");

        HttpResponse<String> unauthenticated = http.get(http.resolve("api/v1/units"), null);
        assertThat(unauthenticated.statusCode()).isEqualTo(401);
        assertCommonHeaders(unauthenticated);

        HttpResponse<String> missing = http.get(http.resolve("no-such-page.xhtml"), null);
        assertThat(missing.statusCode()).isEqualTo(404);
        assertCommonHeaders(missing);
        assertThat(missing.body()).doesNotContainIgnoringCase("payara").doesNotContainIgnoringCase("glassfish");
    }

    private static void assertCommonHeaders(HttpResponse<String> response) {
        assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(response.headers().firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(response.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
        assertThat(response.headers().firstValue("X-Powered-By")).isEmpty();
        assertThat(response.headers().firstValue("Server")).isEmpty();
    }

    @Test
    void aBodyOverOneMegabyteIs413WhetherItsLengthIsDeclaredOrNot() throws Exception {
        String number = "110-" + UUID.randomUUID();
        byte[] twoMegabytes = Http.incident(number, "井盖缺失" + "很".repeat(700_000)).build().toString()
                .getBytes(StandardCharsets.UTF_8);
        assertThat(twoMegabytes.length).isGreaterThan(2_000_000);

        HttpResponse<String> declared = http.postBytes("api/v1/incidents", Http.KEY_110, JSON, twoMegabytes);
        assertThat(declared.statusCode()).isEqualTo(413);
        Http.problem(declared, "body-too-large");

        assertThat(chunkedStatusLine(twoMegabytes)).startsWith("HTTP/1.1 413");
        assertThat(rowsWithNumber(number)).isZero();
    }

    @Test
    void aGbkBodyIsDecodedAsGbkAndAnUnknownCharsetIs415() throws SQLException {
        String number = "110-" + UUID.randomUUID();
        byte[] gbk = Http.incidentJson(number, "小区门口的变压器冒烟了").getBytes(Charset.forName("GBK"));

        HttpResponse<String> created = http.postBytes("api/v1/incidents", Http.KEY_110, JSON + "; charset=gbk", gbk);
        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(Database.strings("select description from intake_incident where external_number = ?", number))
                .containsExactly("小区门口的变压器冒烟了");

        String other = "110-" + UUID.randomUUID();
        HttpResponse<String> unknown = http.postBytes("api/v1/incidents", Http.KEY_110, JSON + "; charset=x-no-such",
                Http.incidentJson(other, "路灯不亮").getBytes(StandardCharsets.UTF_8));
        assertThat(unknown.statusCode()).isEqualTo(415);
        Http.problem(unknown, "unsupported-charset");
        assertThat(rowsWithNumber(other)).isZero();
    }

    @Test
    void invalidUtf8BytesAndLoneSurrogatesAre400AndNothingIsWritten() throws Exception {
        String number = "110-" + UUID.randomUUID();
        String json = Http.incidentJson(number, "井盖XX缺失");
        ByteArrayOutputStream broken = new ByteArrayOutputStream();
        byte[] utf8 = json.getBytes(StandardCharsets.UTF_8);
        int at = json.indexOf("XX");
        int byteAt = json.substring(0, at).getBytes(StandardCharsets.UTF_8).length;
        broken.write(utf8, 0, byteAt);
        broken.write(new byte[] {(byte) 0xC3, (byte) 0x28}); // a lead byte followed by no continuation
        broken.write(utf8, byteAt + 2, utf8.length - byteAt - 2);
        HttpResponse<String> invalid = http.postBytes("api/v1/incidents", Http.KEY_110, JSON, broken.toByteArray());
        assertThat(invalid.statusCode()).isEqualTo(400);
        Http.problem(invalid, "invalid-encoding");

        HttpResponse<String> surrogate = http.postJson("api/v1/incidents", Http.KEY_110, json.replace("XX", "\\ud800"));
        assertThat(surrogate.statusCode()).isEqualTo(400);
        Http.problem(surrogate, "invalid-encoding");
        assertThat(rowsWithNumber(number)).isZero();
    }

    @Test
    void aStringForABooleanOrANumberAndTooDeepNestingAre400() throws SQLException {
        String number = "12345-" + UUID.randomUUID();
        String matter = Json.createObjectBuilder()
                .add("externalNumber", number).add("kind", "EMERGENCY_HELP").add("emergency", "yes")
                .add("receivedAt", Http.beijingTime(java.time.Duration.ofMinutes(5))).add("callerName", "钱七")
                .add("callerPhone", "13511112222").add("address", "沈阳市于洪区昆山西路8号")
                .add("description", "有人持刀威胁").build().toString();
        HttpResponse<String> yes = http.postJson("api/v1/police-matters", Http.KEY_12345, matter);
        assertThat(yes.statusCode()).isEqualTo(400);
        assertThat(yes.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(Database.scalar("select count(*) from intake_police_matter where external_number = ?", number)).isZero();

        String incident = "110-" + UUID.randomUUID();
        JsonObject flags = Json.createObjectBuilder().add("onSceneDispute", "true").build();
        HttpResponse<String> stringFlag = http.postJson("api/v1/incidents", Http.KEY_110,
                Http.incident(incident, "两车剐蹭争吵").add("flags", flags).build().toString());
        assertThat(stringFlag.statusCode()).isEqualTo(400);

        String deep = "[".repeat(40) + "]".repeat(40);
        HttpResponse<String> tooDeep = http.postJson("api/v1/incidents", Http.KEY_110,
                Http.incidentJson(incident, "路灯不亮").replaceFirst("\\{", "{\"deep\":" + deep + ","));
        assertThat(tooDeep.statusCode()).isEqualTo(400);
        Http.problem(tooDeep, "too-deep");
        assertThat(rowsWithNumber(incident)).isZero();
    }

    @Test
    void aClientOverItsRateGets429WithRetryAfterAndOthersAreNotHeldUp() {
        String admin = Http.staff("admin");
        HttpResponse<String> created = http.call("POST", "api/v1/api-clients", admin, null, Json.createObjectBuilder()
                .add("clientId", "rate-probe").add("agency", "110").add("nameZh", "限流测试").build().toString());
        String key = created.statusCode() == 201 || created.statusCode() == 200 ? Http.json(created).getString("key")
                : Http.json(http.call("POST", "api/v1/api-clients/rate-probe/rotation", admin, null, null)).getString("key");

        List<HttpResponse<String>> answers = new ArrayList<>();
        for (int i = 0; i < 20 && answers.stream().noneMatch(r -> r.statusCode() == 429); i++) {
            answers.add(http.get(http.resolve("api/v1/incidents/999999999"), key));
        }
        assertThat(answers.get(0).statusCode()).isEqualTo(404);
        HttpResponse<String> limited = answers.get(answers.size() - 1);
        assertThat(limited.statusCode()).isEqualTo(429);
        Http.problem(limited, "rate-limited");
        assertThat(limited.headers().firstValue("Retry-After")).hasValueSatisfying(
                seconds -> assertThat(Long.parseLong(seconds)).isBetween(1L, 2L));
        assertThat(http.get(http.resolve("api/v1/incidents/999999999"), Http.KEY_110).statusCode()).isEqualTo(404);
    }

    /**
     * Streams the body chunked (no Content-Length) from a thread of its own and reads the status line
     * the server answers with before the body is through: the server refuses it without reading it all.
     */
    private String chunkedStatusLine(byte[] body) throws Exception {
        URI target = http.resolve("api/v1/incidents");
        try (Socket socket = new Socket("127.0.0.1", target.getPort())) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST " + target.getPath() + " HTTP/1.1\r\nHost: 127.0.0.1\r\nX-API-Key: " + Http.KEY_110
                    + "\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            Thread writer = new Thread(() -> {
                try {
                    for (int at = 0; at < body.length; at += 8192) {
                        int n = Math.min(8192, body.length - at);
                        out.write((Integer.toHexString(n) + "\r\n").getBytes(StandardCharsets.US_ASCII));
                        out.write(body, at, n);
                        out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
                    }
                    out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                } catch (java.io.IOException closedByTheServer) {
                    // the server answered and closed: what this test expects
                }
            });
            writer.start();
            String statusLine = new java.io.BufferedReader(new java.io.InputStreamReader(socket.getInputStream(),
                    StandardCharsets.US_ASCII)).readLine();
            writer.join(30_000);
            return statusLine;
        }
    }

    private static long rowsWithNumber(String number) throws SQLException {
        return Database.scalar("select count(*) from intake_incident where external_number = ?", number);
    }
}

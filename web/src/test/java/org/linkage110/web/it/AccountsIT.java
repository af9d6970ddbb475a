package org.linkage110.web.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * Accounts, agency clients and sign-in protection over real HTTP: an administrator sets up a unit
 * that had nobody, that unit's people and system act on their own work only; keys rotate and are
 * revoked; failed sign-ins lock, an administrator unlocks; refusing an unknown name costs what
 * refusing a known one does. The failsafe setup shortens the rotation overlap to 6 s.
 */
@SharedServer.Uses
class AccountsIT {

    private static final String ADMIN = Http.staff("admin");
    private static final String HR = "HR_SOCIAL_SECURITY_BUREAU";
    private static final String CHOSEN = "蓝色港湾-值班-2026";

    @SharedServer.Base
    URL base;

    private Http http;

    @BeforeEach
    void client() {
        http = new Http(base);
    }

    @Test
    void oneAccountsParallelCallsWithItsPasswordAllSucceedAndEachCountsAsASignIn() throws Exception {
        long version = Database.scalar("SELECT version FROM platform_account WHERE username = 'supervisor'");
        long signIns = Database.scalar("SELECT COUNT(*) FROM platform_audit_event WHERE action = 'platform.sign-in.succeeded' "
                + "AND actor = 'supervisor'");
        java.util.concurrent.ExecutorService desk = java.util.concurrent.Executors.newFixedThreadPool(8);
        try {
            List<java.util.concurrent.Future<HttpResponse<String>>> answers = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                answers.add(desk.submit(() -> http.call("POST", "api/v1/tokens", Http.staff("supervisor"), null, null)));
            }
            for (java.util.concurrent.Future<HttpResponse<String>> answer : answers) {
                HttpResponse<String> tokens = answer.get(60, java.util.concurrent.TimeUnit.SECONDS);
                assertThat(tokens.statusCode()).as(tokens.body()).isEqualTo(200);
            }
        } finally {
            desk.shutdown();
        }
        assertThat(Database.scalar("SELECT COUNT(*) FROM platform_audit_event WHERE action = 'platform.sign-in.succeeded' "
                + "AND actor = 'supervisor'")).isEqualTo(signIns + 16);
        assertThat(Database.scalar("SELECT version FROM platform_account WHERE username = 'supervisor'")).isEqualTo(version);
        assertThat(Database.scalar("SELECT COUNT(*) FROM platform_account WHERE username = 'supervisor' "
                + "AND last_sign_in_at > UTC_TIMESTAMP(6) - INTERVAL 5 MINUTE")).isEqualTo(1);
    }

    @Test
    void anOperatorTheAdministratorCreatesForTheHrBureauChangesThePasswordFirstThenSignsForItsOwnWork() throws Exception {
        String username = "hr.li-" + suffix();
        String oneTime = create(username, "李娜", "UNIT_OPERATOR", HR);
        assertThat(Database.scalar("SELECT COUNT(*) FROM platform_audit_event WHERE action = 'platform.account.created' "
                + "AND subject_id = ?", username)).isEqualTo(1);
        assertThat(Database.scalar("SELECT COUNT(*) FROM platform_account WHERE password_hash LIKE ?",
                "%" + oneTime + "%")).isZero();

        String first = Http.basic(username, oneTime);
        Http.problem(http.call("GET", "api/v1/instructions", first, null, null), "password-change-required");
        Http.problem(http.call("POST", "api/v1/accounts/me/password", first, null,
                passwordChange(oneTime, "short")), "unprocessable-request");
        assertThat(http.call("POST", "api/v1/accounts/me/password", first, null, passwordChange(oneTime, CHOSEN))
                .statusCode()).isEqualTo(200);
        assertThat(http.call("GET", "api/v1/instructions", first, null, null).statusCode()).isEqualTo(401);
        String operator = Http.basic(username, CHOSEN);

        long[] hrOrder = Flows.dispatchedTo(http, HR, "某商贸公司拖欠十几名员工三个月工资，老板电话打不通");
        long[] lingxiOrder = Flows.dispatchedTo(http, "SD_LINGXI", "陵西小区门口井盖缺失，有人差点掉进去");
        List<JsonObject> mine = Http.array(http.call("GET", "api/v1/instructions", operator, null, null)).stream()
                .map(JsonValue::asJsonObject).toList();
        assertThat(mine).extracting(i -> i.getJsonNumber("id").longValue()).contains(hrOrder[1])
                .doesNotContain(lingxiOrder[1]);
        assertThat(mine).allSatisfy(i -> assertThat(i.getString("unitCode")).isEqualTo(HR));
        Http.problem(http.call("GET", "api/v1/instructions/" + lingxiOrder[1], operator, null, null), "not-found");
        JsonObject signed = Http.json(Flows.act(http, operator, hrOrder[1], "sign", null, 200));
        assertThat(signed.getString("signedBy")).isEqualTo(username);

        assertThat(http.call("POST", "api/v1/accounts/" + username + "/disable", ADMIN, null, null).statusCode())
                .isEqualTo(200);
        assertThat(http.call("GET", "api/v1/instructions", operator, null, null).statusCode()).isEqualTo(401);
        assertThat(http.call("POST", "api/v1/accounts/" + username + "/enable", ADMIN, null, null).statusCode())
                .isEqualTo(200);
        assertThat(http.call("GET", "api/v1/instructions", operator, null, null).statusCode()).isEqualTo(200);

        HttpResponse<String> reset = http.call("POST", "api/v1/accounts/" + username + "/password-reset", ADMIN, null, null);
        String second = Http.json(reset).getString("oneTimePassword");
        assertThat(second).isNotEqualTo(oneTime);
        assertThat(http.call("GET", "api/v1/instructions", operator, null, null).statusCode()).isEqualTo(401);
        Http.problem(http.call("GET", "api/v1/instructions", Http.basic(username, second), null, null),
                "password-change-required");
        assertThat(Database.scalar("SELECT COUNT(*) FROM platform_audit_event WHERE subject_type = 'account' "
                + "AND subject_id = ? AND action IN ('platform.account.disabled', 'platform.account.enabled', "
                + "'platform.account.password-reset', 'platform.account.password-changed')", username)).isEqualTo(4);
    }

    @Test
    void accountsAreListedByUnitAndRoleAndOnlyTheAdministratorManagesThem() {
        String username = "hr.zhang-" + suffix();
        create(username, "张强", "UNIT_HEAD", HR);
        List<JsonObject> heads = Http.array(http.call("GET", "api/v1/accounts?unit=" + HR + "&role=UNIT_HEAD", ADMIN,
                null, null)).stream().map(JsonValue::asJsonObject).toList();
        assertThat(heads).extracting(a -> a.getString("username")).contains(username, "hr_social_security_bureau-head")
                .doesNotContain("hr_social_security_bureau");
        Http.problem(http.call("GET", "api/v1/accounts", Http.staff("dispatcher"), null, null), "forbidden");
        Http.problem(http.call("POST", "api/v1/accounts", ADMIN, null, Json.createObjectBuilder()
                .add("username", "nobody-" + suffix()).add("displayNameZh", "无单位").add("roles",
                        Json.createArrayBuilder().add("UNIT_OPERATOR")).build().toString()), "unprocessable-request");
        Http.problem(http.call("POST", "api/v1/accounts", ADMIN, null, Json.createObjectBuilder()
                .add("username", "x").add("displayNameZh", "").add("roles", Json.createArrayBuilder()).build()
                .toString()), "invalid-fields");
    }

    @Test
    void failedSignInsLockTheAccountAndTheClientUntilAnAdministratorUnlocksThem() throws Exception {
        String username = "lock.test-" + suffix();
        String oneTime = create(username, "锁定测试", "DISPATCHER", null);
        http.call("POST", "api/v1/accounts/me/password", Http.basic(username, oneTime), null,
                passwordChange(oneTime, CHOSEN));
        String wrong = Http.basic(username, "not-the-password");
        for (int i = 1; i < 10; i++) {
            assertThat(http.call("GET", "api/v1/accounts/me", wrong, null, null).statusCode()).as("attempt " + i).isEqualTo(401);
        }
        HttpResponse<String> tenth = http.call("GET", "api/v1/accounts/me", wrong, null, null);
        Http.problem(tenth, "too-many-failed-sign-ins");
        assertThat(tenth.statusCode()).isEqualTo(429);
        HttpResponse<String> right = http.call("GET", "api/v1/accounts/me", Http.basic(username, CHOSEN), null, null);
        assertThat(right.statusCode()).isEqualTo(429);
        assertThat(Long.parseLong(right.headers().firstValue("Retry-After").orElseThrow())).isBetween(1L, 900L);
        assertThat(Http.json(http.call("GET", "api/v1/accounts/" + username, ADMIN, null, null)).containsKey("lockedUntil"))
                .isTrue();
        assertThat(Database.scalar("SELECT COUNT(*) FROM platform_audit_event WHERE action = 'platform.sign-in.failed' "
                + "AND subject_id = ?", "account:" + username)).isEqualTo(10);
        assertThat(Database.scalar("SELECT COUNT(*) FROM platform_audit_event WHERE action = 'platform.sign-in.locked' "
                + "AND subject_id = ?", "account:" + username)).isEqualTo(1);

        assertThat(http.call("POST", "api/v1/accounts/" + username + "/unlock", ADMIN, null, null).statusCode())
                .isEqualTo(200);
        assertThat(http.call("GET", "api/v1/accounts/me", Http.basic(username, CHOSEN), null, null).statusCode()).isEqualTo(200);
        assertThat(Database.scalar("SELECT COUNT(*) FROM platform_audit_event WHERE action = 'platform.sign-in.unlocked' "
                + "AND subject_id = ?", "account:" + username)).isEqualTo(1);
        assertThat(Database.scalar("SELECT COUNT(*) FROM platform_audit_event WHERE action = 'platform.sign-in.succeeded' "
                + "AND subject_id = ? AND actor = ?", "account:" + username, username)).isGreaterThanOrEqualTo(2);

        String key = Http.json(http.call("POST", "api/v1/api-clients", ADMIN, null, client("lock-" + suffix(), HR)))
                .getString("key");
        String clientId = key.substring(0, key.indexOf('.'));
        for (int i = 1; i < 10; i++) {
            assertThat(http.call("GET", "api/v1/instructions", clientId + ".wrong-secret", null, null).statusCode())
                    .isEqualTo(401);
        }
        assertThat(http.call("GET", "api/v1/instructions", clientId + ".wrong-secret", null, null).statusCode()).isEqualTo(429);
        assertThat(http.call("GET", "api/v1/instructions", key, null, null).statusCode()).isEqualTo(429);
        assertThat(http.call("POST", "api/v1/api-clients/" + clientId + "/unlock", ADMIN, null, null).statusCode())
                .isEqualTo(200);
        assertThat(http.call("GET", "api/v1/instructions", key, null, null).statusCode()).isEqualTo(200);
    }

    @Test
    void refusingAnUnknownNameTakesAsLongAsRefusingAKnownOne() {
        List<String> known = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            String username = "timing-" + i + "-" + suffix();
            create(username, "计时", "SUPERVISOR", null);
            known.add(username);
        }
        List<Long> knownTimes = new ArrayList<>();
        List<Long> unknownTimes = new ArrayList<>();
        for (int round = 0; round < 4; round++) {
            for (String username : known) {
                knownTimes.add(refusalTime(username));
                unknownTimes.add(refusalTime("nobody-" + UUID.randomUUID()));
            }
        }
        // the fastest of each kind: what the refusal costs when nothing else on the machine gets in the way
        long knownFastest = Collections.min(knownTimes);
        long unknownFastest = Collections.min(unknownTimes);
        assertThat((double) Math.abs(knownFastest - unknownFastest) / Math.max(knownFastest, unknownFastest))
                .as("known %d ms, unknown %d ms", knownFastest / 1_000_000, unknownFastest / 1_000_000).isLessThan(0.30);
    }

    @Test
    void aRotatedKeyWorksBesideTheNewOneDuringTheOverlapAndARevokedOneNeverAgain() throws Exception {
        PrintStream console = System.out;
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        System.setOut(new PrintStream(new TeeStream(console, log), true, StandardCharsets.UTF_8));
        String first;
        String second;
        try {
            HttpResponse<String> created = http.call("POST", "api/v1/api-clients", ADMIN, null,
                    client("hr-system-" + suffix(), HR));
            assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
            first = Http.json(created).getString("key");
            String clientId = first.substring(0, first.indexOf('.'));
            assertThat(Http.json(created).getJsonObject("client").getJsonArray("allowedCalls").getString(0))
                    .isEqualTo("INSTRUCTIONS");
            assertThat(http.call("GET", "api/v1/instructions", first, null, null).statusCode()).isEqualTo(200);
            Http.problem(http.postJson("api/v1/incidents", first, Http.incidentJson("X-" + suffix(), "人社局系统不报警")),
                    "call-not-allowed");

            second = Http.json(http.call("POST", "api/v1/api-clients/" + clientId + "/rotation", ADMIN, null, null))
                    .getString("key");
            assertThat(second).isNotEqualTo(first).startsWith(clientId + ".");
            assertThat(http.call("GET", "api/v1/instructions", first, null, null).statusCode()).isEqualTo(200);
            assertThat(http.call("GET", "api/v1/instructions", second, null, null).statusCode()).isEqualTo(200);
            await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofSeconds(1)).until(
                    () -> http.call("GET", "api/v1/instructions", first, null, null).statusCode() == 401);
            assertThat(http.call("GET", "api/v1/instructions", second, null, null).statusCode()).isEqualTo(200);

            assertThat(http.call("POST", "api/v1/api-clients/" + clientId + "/revocation", ADMIN, null,
                    "{\"reason\":\"系统下线\"}").statusCode()).isEqualTo(200);
            assertThat(http.call("GET", "api/v1/instructions", second, null, null).statusCode()).isEqualTo(401);
            assertThat(http.call("POST", "api/v1/api-clients/" + clientId + "/rotation", ADMIN, null, null).statusCode())
                    .isEqualTo(422);
        } finally {
            System.setOut(console);
        }
        for (String key : List.of(first, second)) {
            String secret = key.substring(key.indexOf('.') + 1);
            assertThat(occurrencesInTheDatabase(secret)).as("tables holding a secret in clear").isEmpty();
            assertThat(log.toString(StandardCharsets.UTF_8)).doesNotContain(secret);
        }
    }

    @Test
    void inThePortalTheAdministratorCreatesAnOperatorAndAKeyAndTheOperatorChoosesAPasswordFirst() throws Exception {
        String username = "hr.wang-" + suffix();
        String password;
        try (Browser browser = new Browser()) {
            browser.signIn(http.resolve("login.xhtml").toString(), "admin", "Demo-110");
            browser.visible(By.id("nav-accounts")).click();
            browser.waitForUrlContaining("/app/accounts.xhtml");
            browser.visible(By.id("new-account:username")).sendKeys(username);
            browser.visible(By.id("new-account:nameZh")).sendKeys("王芳");
            browser.visible(By.xpath("//label[text()='联动单位操作员']")).click();
            new Select(browser.visible(By.id("new-account:unit"))).selectByValue(HR);
            browser.visible(By.id("new-account:create")).click();
            password = browser.visible(By.id("one-time-password")).getText();
            browser.screenshot("accounts-created");
            new Select(browser.visible(By.id("filter:filter-unit"))).selectByValue(HR);
            browser.visible(By.id("filter:apply-filter")).click();
            browser.waitUntil(d -> d.findElement(By.id("accounts")).getText().contains(username));
            assertThat(browser.visible(By.id("accounts")).getText()).contains("区人力资源社会保障局").contains("待修改密码")
                    .doesNotContain("陵西街道");
            browser.screenshot("accounts-of-a-unit");
            browser.open(http.resolve("app/accounts.xhtml").toString());
            assertThat(browser.present(By.id("one-time-password"))).as("shown once only").isFalse();

            browser.visible(By.id("nav-api-clients")).click();
            browser.waitForUrlContaining("/app/api-clients.xhtml");
            browser.visible(By.id("new-client:clientId")).sendKeys("hr-portal-" + suffix());
            new Select(browser.visible(By.id("new-client:agency"))).selectByValue(HR);
            browser.visible(By.id("new-client:nameZh")).sendKeys("人社局劳动监察系统");
            browser.visible(By.id("new-client:create")).click();
            String key = browser.visible(By.id("issued-key")).getText();
            browser.screenshot("api-client-created");
            assertThat(http.call("GET", "api/v1/instructions", key, null, null).statusCode()).isEqualTo(200);

            browser.visible(By.id("session:logout")).click();
            browser.waitForUrlContaining("login.xhtml");
            browser.signIn(http.resolve("login.xhtml").toString(), username, password);
            browser.waitForUrlContaining("/app/password.xhtml");
            assertThat(browser.visible(By.id("password-required")).getText()).contains("请先设置自己的密码");
            browser.open(http.resolve("app/inbox.xhtml").toString());
            browser.waitForUrlContaining("/app/password.xhtml");
            browser.visible(By.id("password:current")).sendKeys(password);
            browser.visible(By.id("password:chosen")).sendKeys(CHOSEN);
            browser.visible(By.id("password:repeated")).sendKeys(CHOSEN + "x");
            browser.visible(By.id("password:change")).click();
            assertThat(browser.visible(By.id("messages")).getText()).contains("两次输入的新密码不一致");
            browser.visible(By.id("password:current")).sendKeys(password);
            browser.visible(By.id("password:chosen")).sendKeys(CHOSEN);
            browser.visible(By.id("password:repeated")).sendKeys(CHOSEN);
            browser.visible(By.id("password:change")).click();
            browser.waitForUrlContaining("/app/home.xhtml");
            browser.open(http.resolve("app/inbox.xhtml").toString());
            browser.waitForUrlContaining("/app/inbox.xhtml");
            browser.screenshot("operator-inbox-after-password");
        }
        assertThat(http.call("GET", "api/v1/instructions", Http.basic(username, CHOSEN), null, null).statusCode())
                .isEqualTo(200);
    }

    private String create(String username, String name, String role, String unit) {
        var body = Json.createObjectBuilder().add("username", username).add("displayNameZh", name)
                .add("roles", Json.createArrayBuilder().add(role));
        if (unit != null) {
            body.add("unitCode", unit);
        }
        HttpResponse<String> created = http.call("POST", "api/v1/accounts", ADMIN, null, body.build().toString());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonObject issued = Http.json(created);
        assertThat(issued.getJsonObject("account").getBoolean("mustChangePassword")).isTrue();
        return issued.getString("oneTimePassword");
    }

    private long refusalTime(String username) {
        long start = System.nanoTime();
        int status = http.call("GET", "api/v1/accounts/me", Http.basic(username, "wrong-password"), null, null).statusCode();
        long took = System.nanoTime() - start;
        assertThat(status).isEqualTo(401);
        return took;
    }


    /** Every column of the test database whose text contains the value. */
    private static List<String> occurrencesInTheDatabase(String value) throws Exception {
        List<String> found = new ArrayList<>();
        try (Connection c = Database.connect();
             PreparedStatement columns = c.prepareStatement("SELECT table_name, column_name FROM information_schema.columns "
                     + "WHERE table_schema = DATABASE() AND data_type IN ('char', 'varchar', 'text', 'mediumtext', "
                     + "'longtext', 'tinytext')");
             ResultSet rs = columns.executeQuery()) {
            while (rs.next()) {
                String table = rs.getString(1);
                String column = rs.getString(2);
                try (PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM `" + table + "` WHERE `" + column
                        + "` LIKE ?")) {
                    s.setString(1, "%" + value + "%");
                    try (ResultSet count = s.executeQuery()) {
                        count.next();
                        if (count.getLong(1) > 0) {
                            found.add(table + "." + column);
                        }
                    }
                }
            }
        }
        return found;
    }

    private static String passwordChange(String current, String chosen) {
        return Json.createObjectBuilder().add("currentPassword", current).add("newPassword", chosen).build().toString();
    }

    private static String client(String clientId, String agency) {
        return Json.createObjectBuilder().add("clientId", clientId).add("agency", agency).add("nameZh", "测试系统")
                .build().toString();
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    /** Writes what the server prints (the container's output reaches this JVM's console) to a buffer too. */
    private static final class TeeStream extends java.io.OutputStream {
        private final java.io.OutputStream first;
        private final java.io.OutputStream second;

        TeeStream(java.io.OutputStream first, java.io.OutputStream second) {
            this.first = first;
            this.second = second;
        }

        @Override
        public synchronized void write(int b) throws java.io.IOException {
            first.write(b);
            second.write(b);
        }

        @Override
        public synchronized void write(byte[] bytes, int offset, int length) throws java.io.IOException {
            first.write(bytes, offset, length);
            second.write(bytes, offset, length);
        }
    }
}

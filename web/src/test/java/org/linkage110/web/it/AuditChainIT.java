package org.linkage110.web.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The tamper-evident audit trail over real HTTP and straight SQL: the application's database user
 * cannot change, empty or unprotect the trail; a row changed behind the application's back (as
 * the database's administrator) is found by the verifier at its id; concurrent audited writes
 * leave an unbroken chain. Needs the schema owner of its own that bin/test sets up
 * ({@code it.db.migration.user}).
 */
@ExtendWith(ArquillianExtension.class)
class AuditChainIT {

    private static final String ADMIN = Http.staff("admin");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    private Http http;

    @BeforeEach
    void client() {
        http = new Http(base);
    }

    @Test
    void theApplicationsDatabaseUserCanOnlyAppendToAndReadTheTrail() throws Exception {
        assertThat(System.getProperty("it.db.migration.user"))
                .as("the test servers migrate as a schema owner of their own (bin/test: -Dit.db.migration.user)")
                .isNotEqualTo(System.getProperty("it.db.user"));
        long events = Database.scalar("SELECT COUNT(*) FROM platform_audit_event");
        assertThat(events).isPositive();
        try (Connection app = Database.connect(); Statement s = app.createStatement()) {
            for (String forbidden : List.of(
                    "UPDATE platform_audit_event SET actor = 'forger'",
                    "DELETE FROM platform_audit_event",
                    "TRUNCATE TABLE platform_audit_event",
                    "DROP TRIGGER platform_audit_event_no_update",
                    "ALTER TABLE platform_audit_event DROP COLUMN row_hash",
                    "DROP TABLE platform_audit_event",
                    "CREATE TRIGGER platform_audit_event_forge BEFORE INSERT ON platform_audit_event "
                            + "FOR EACH ROW SET NEW.actor = 'forger'")) {
                assertThatThrownBy(() -> s.execute(forbidden)).as(forbidden)
                        .isInstanceOf(SQLException.class).hasMessageContaining("command denied");
            }
        }
        assertThat(Database.scalar("SELECT COUNT(*) FROM platform_audit_event")).isGreaterThanOrEqualTo(events);
        assertThat(Database.scalar("SELECT COUNT(*) FROM information_schema.triggers "
                + "WHERE trigger_schema = DATABASE() AND event_object_table = 'platform_audit_event'")).isEqualTo(2);
    }

    @Test
    void aRowTamperedWithByTheDatabaseAdministratorIsFoundAtItsId() throws Exception {
        JsonObject before = verify();
        assertThat(before.getBoolean("ok")).as(before.toString()).isTrue();
        long id = Database.scalar("SELECT id FROM platform_audit_event WHERE row_hash IS NOT NULL ORDER BY id LIMIT 1 OFFSET 3");
        String actor = Database.strings("SELECT actor FROM platform_audit_event WHERE id = ?", id).iterator().next();
        try (Connection root = asAdministrator()) {
            rewrite(root, id, "forger");
            try {
                JsonObject found = verify();
                assertThat(found.getBoolean("ok")).isFalse();
                assertThat(found.getJsonNumber("firstBrokenId").longValue()).isEqualTo(id);
                assertThat(found.getString("problem")).contains("changed after it was written");
                assertThat(found.getJsonNumber("checked").longValue()).isEqualTo(id - found.getJsonNumber("startId").longValue() + 1);
            } finally {
                rewrite(root, id, actor);
            }
        }
        assertThat(verify().getBoolean("ok")).isTrue();
    }

    @Test
    void concurrentAuditedWritesKeepTheChainUnbroken() throws Exception {
        long lastBefore = verify().getJsonNumber("lastId").longValue();
        String run = UUID.randomUUID().toString().substring(0, 8);
        ExecutorService writers = Executors.newFixedThreadPool(8);
        List<Future<HttpResponse<String>>> answers = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            String number = "110-AUDIT-" + run + "-" + i;
            answers.add(writers.submit(() -> http.postJson("api/v1/incidents", Http.KEY_110,
                    Http.incidentJson(number, "人行道井盖缺失，有人差点掉进去"))));
        }
        for (Future<HttpResponse<String>> answer : answers) {
            assertThat(answer.get(120, TimeUnit.SECONDS).statusCode()).isEqualTo(201);
        }
        writers.shutdown();

        JsonObject after = verify();
        assertThat(after.getBoolean("ok")).as(after.toString()).isTrue();
        long lastAfter = after.getJsonNumber("lastId").longValue();
        assertThat(lastAfter - lastBefore).isGreaterThanOrEqualTo(40);
        assertThat(Database.scalar("SELECT COUNT(*) FROM platform_audit_event WHERE id > ? AND id <= ?", lastBefore, lastAfter))
                .isEqualTo(lastAfter - lastBefore);
        assertThat(Database.scalar("SELECT COUNT(DISTINCT prev_hash) FROM platform_audit_event WHERE id > ? AND id <= ?",
                lastBefore, lastAfter)).isEqualTo(lastAfter - lastBefore);
    }

    @Test
    void onlyAnAdministratorMayVerify() {
        assertThat(http.call("GET", "api/v1/audit/verify", Http.staff("supervisor"), null, null).statusCode()).isEqualTo(403);
        assertThat(http.call("GET", "api/v1/audit/verify", Http.KEY_110, null, null).statusCode()).isEqualTo(403);
    }

    private JsonObject verify() {
        HttpResponse<String> answer = http.call("GET", "api/v1/audit/verify", ADMIN, null, null);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return Http.json(answer);
    }

    private static Connection asAdministrator() throws SQLException {
        return DriverManager.getConnection(System.getProperty("it.db.url"), System.getProperty("it.db.admin.user"),
                System.getProperty("it.db.admin.password"));
    }

    /** What someone with the schema's rights can do: take the trigger away, change a row, put it back. */
    private static void rewrite(Connection root, long id, String actor) throws SQLException {
        try (Statement s = root.createStatement();
             PreparedStatement update = root.prepareStatement("UPDATE platform_audit_event SET actor = ? WHERE id = ?")) {
            s.execute("DROP TRIGGER platform_audit_event_no_update");
            try {
                update.setString(1, actor);
                update.setLong(2, id);
                assertThat(update.executeUpdate()).isEqualTo(1);
            } finally {
                s.execute("CREATE TRIGGER platform_audit_event_no_update BEFORE UPDATE ON platform_audit_event "
                        + "FOR EACH ROW SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'the audit trail is append-only'");
            }
        }
    }
}

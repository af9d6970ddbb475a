package org.linkage110.web.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The tamper-evident audit trail over real HTTP and straight SQL: the application's database user
 * cannot change, empty or unprotect the trail or its seals; events are sealed into the chain
 * within seconds of their commit with nobody asking; a row changed, written or removed behind the
 * application's back (as the database's administrator) is found by the verifier at its id;
 * concurrent audited writes leave an unbroken chain. Needs the schema owner of its own that
 * bin/test sets up ({@code it.db.migration.user}).
 */
@SharedServer.Uses
class AuditChainIT {

    private static final String ADMIN = Http.staff("admin");

    @SharedServer.Base
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
                            + "FOR EACH ROW SET NEW.actor = 'forger'",
                    "UPDATE platform_audit_seal SET row_hash = REPEAT('0', 64)",
                    "DELETE FROM platform_audit_seal",
                    "TRUNCATE TABLE platform_audit_seal",
                    "DROP TRIGGER platform_audit_seal_no_delete")) {
                assertThatThrownBy(() -> s.execute(forbidden)).as(forbidden)
                        .isInstanceOf(SQLException.class).hasMessageContaining("command denied");
            }
        }
        assertThat(Database.scalar("SELECT COUNT(*) FROM platform_audit_event")).isGreaterThanOrEqualTo(events);
        assertThat(Database.scalar("SELECT COUNT(*) FROM information_schema.triggers "
                + "WHERE trigger_schema = DATABASE() AND event_object_table = 'platform_audit_event'")).isEqualTo(2);
        assertThat(Database.scalar("SELECT COUNT(*) FROM information_schema.triggers "
                + "WHERE trigger_schema = DATABASE() AND event_object_table = 'platform_audit_seal'")).isEqualTo(2);
    }

    @Test
    void anAuditedChangeIsSealedIntoTheChainSoonAfterItCommitsWithNobodyAsking() throws Exception {
        String number = "110-SEAL-" + UUID.randomUUID().toString().substring(0, 8);
        assertThat(http.postJson("api/v1/incidents", Http.KEY_110, Http.incidentJson(number, "小区门口垃圾堆积发臭"))
                .statusCode()).isEqualTo(201);
        long written = Database.scalar("SELECT MAX(id) FROM platform_audit_event WHERE state_after LIKE ?", "%" + number + "%");
        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(100)).untilAsserted(() -> {
            assertThat(Database.scalar("SELECT COUNT(*) FROM platform_audit_seal WHERE event_id = ?", written)).isEqualTo(1);
            assertThat(Database.scalar("SELECT COUNT(*) FROM platform_audit_unsealed WHERE event_id = ?", written)).isZero();
        });
        long seq = Database.scalar("SELECT seq FROM platform_audit_seal WHERE event_id = ?", written);
        assertThat(Database.scalar("SELECT COUNT(*) FROM platform_audit_seal s JOIN platform_audit_seal p "
                + "ON p.seq = s.seq - 1 AND p.row_hash = s.prev_hash WHERE s.seq = ?", seq)).isEqualTo(1);
    }

    @Test
    void anEventWrittenOrRemovedBehindTheApplicationsBackIsFoundAtItsId() throws Exception {
        assertThat(verify().getBoolean("ok")).isTrue();
        try (Connection root = asAdministrator(); Statement s = root.createStatement()) {
            s.execute("INSERT INTO platform_audit_event (occurred_at, actor, action, subject_type, subject_id) "
                    + "VALUES (UTC_TIMESTAMP(6), 'forger', 'account.created', 'account', 'ghost')");
            long forged = Database.scalar("SELECT MAX(id) FROM platform_audit_event WHERE actor = 'forger'");
            try {
                JsonObject found = verify();
                assertThat(found.getBoolean("ok")).isFalse();
                assertThat(found.getJsonNumber("firstBrokenId").longValue()).isEqualTo(forged);
                assertThat(found.getString("problem")).contains("behind the application's back");
            } finally {
                withoutTrigger(root, "platform_audit_event_no_delete",
                        "BEFORE DELETE ON platform_audit_event", "DELETE FROM platform_audit_event WHERE id = " + forged);
            }
            s.execute("INSERT INTO platform_audit_unsealed (event_id) VALUES (9000000000000)");
            try {
                JsonObject found = verify();
                assertThat(found.getBoolean("ok")).isFalse();
                assertThat(found.getJsonNumber("firstBrokenId").longValue()).isEqualTo(9_000_000_000_000L);
                assertThat(found.getString("problem")).contains("waits to be sealed but is missing");
            } finally {
                s.execute("DELETE FROM platform_audit_unsealed WHERE event_id = 9000000000000");
            }
        }
        assertThat(verify().getBoolean("ok")).isTrue();
    }

    @Test
    void aRowTamperedWithByTheDatabaseAdministratorIsFoundAtItsId() throws Exception {
        JsonObject before = verify();
        assertThat(before.getBoolean("ok")).as(before.toString()).isTrue();
        long seq = Database.scalar("SELECT seq FROM platform_audit_seal ORDER BY seq LIMIT 1 OFFSET 3");
        long id = Database.scalar("SELECT event_id FROM platform_audit_seal WHERE seq = ?", seq);
        String actor = Database.strings("SELECT actor FROM platform_audit_event WHERE id = ?", id).iterator().next();
        try (Connection root = asAdministrator()) {
            rewrite(root, id, "forger");
            try {
                JsonObject found = verify();
                assertThat(found.getBoolean("ok")).isFalse();
                assertThat(found.getJsonNumber("firstBrokenId").longValue()).isEqualTo(id);
                assertThat(found.getString("problem")).contains("changed after it was written");
                assertThat(found.getJsonNumber("checked").longValue()).isEqualTo(seq - found.getJsonNumber("startId").longValue() + 1);
            } finally {
                rewrite(root, id, actor);
            }
        }
        assertThat(verify().getBoolean("ok")).isTrue();
    }

    @Test
    void concurrentAuditedWritesKeepTheChainUnbroken() throws Exception {
        long lastBefore = verify().getJsonNumber("lastId").longValue();
        long eventsBefore = Database.scalar("SELECT MAX(id) FROM platform_audit_event");
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
        assertThat(Database.scalar("SELECT COUNT(*) FROM platform_audit_seal WHERE seq > ? AND seq <= ?", lastBefore, lastAfter))
                .isEqualTo(lastAfter - lastBefore);
        assertThat(Database.scalar("SELECT COUNT(DISTINCT prev_hash) FROM platform_audit_seal WHERE seq > ? AND seq <= ?",
                lastBefore, lastAfter)).isEqualTo(lastAfter - lastBefore);
        // every event the 40 intakes wrote is in the chain, once
        assertThat(Database.scalar("SELECT COUNT(*) FROM platform_audit_event e WHERE e.id > ? AND e.state_after LIKE ? "
                + "AND NOT EXISTS (SELECT 1 FROM platform_audit_seal s WHERE s.event_id = e.id)", eventsBefore,
                "%110-AUDIT-" + run + "%")).isZero();
        assertThat(Database.scalar("SELECT COUNT(*) FROM platform_audit_event e WHERE e.id > ? AND e.state_after LIKE ?",
                eventsBefore, "%110-AUDIT-" + run + "%")).isGreaterThanOrEqualTo(40);
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
        withoutTrigger(root, "platform_audit_event_no_update", "BEFORE UPDATE ON platform_audit_event",
                "UPDATE platform_audit_event SET actor = '" + actor.replace("'", "''") + "' WHERE id = " + id);
    }

    private static void withoutTrigger(Connection root, String trigger, String on, String change) throws SQLException {
        try (Statement s = root.createStatement()) {
            s.execute("DROP TRIGGER " + trigger);
            try {
                assertThat(s.executeUpdate(change)).isEqualTo(1);
            } finally {
                s.execute("CREATE TRIGGER " + trigger + " " + on
                        + " FOR EACH ROW SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'the audit trail is append-only'");
            }
        }
    }
}

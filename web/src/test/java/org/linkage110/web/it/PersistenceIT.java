package org.linkage110.web.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.annotation.Resource;
import jakarta.ejb.EJBTransactionRequiredException;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.linkage110.domain.IncidentSource;
import org.linkage110.domain.Tier;
import org.linkage110.intake.IncidentStatus;
import org.linkage110.intake.IncidentSummary;
import org.linkage110.intake.QueueFilter;
import org.linkage110.intake.NewIncident;
import org.linkage110.intake.Taxonomy;
import org.linkage110.intake.internal.Incident;
import org.linkage110.intake.internal.IncidentRepository;
import org.linkage110.platform.AuditRecord;
import org.linkage110.platform.AuditTrail;
import org.linkage110.platform.AuditedChange;
import org.linkage110.platform.DatabaseMigrations;
import org.linkage110.routing.LinkageUnits;
import org.linkage110.routing.WorkingCalendar;

/** Inside Payara Micro, against MariaDB: schema, reference data, Chinese text, the audit trail. */
@ExtendWith(ArquillianExtension.class)
class PersistenceIT {

    /** Refused by the trigger, or (with a schema owner of its own, as bin/test sets up) by the user's rights. */
    private static final String REFUSED_CHANGE = "(?s).*(append-only|UPDATE command denied|DELETE command denied).*";
    /** A rare CJK ideograph outside the BMP: stored only if the column really is utf8mb4. */
    private static final String FOUR_BYTE_CHAR = "𠀀";

    @Deployment
    static WebArchive deployment() {
        return Deployments.withInContainerTest(PersistenceIT.class);
    }

    @Inject
    DatabaseMigrations migrations;

    @Inject
    Taxonomy taxonomy;

    @Inject
    LinkageUnits units;

    @Inject
    WorkingCalendar calendar;

    @Inject
    IncidentRepository incidents;

    @Inject
    AuditTrail audit;

    @Resource
    UserTransaction tx;

    @Resource(lookup = DatabaseMigrations.DATASOURCE)
    DataSource dataSource;

    @Test
    void flywayMigratedEveryModuleIntoItsOwnHistory() throws SQLException {
        assertThat(migrations.migratedModules()).containsExactly("platform", "intake", "routing", "supervision");
        for (String module : migrations.migratedModules()) {
            assertThat(scalar("select count(*) from schema_history_" + module + " where success = 0"))
                    .as(module).isZero();
            assertThat(scalar("select count(*) from schema_history_" + module + " where version > '0'"))
                    .as(module).isPositive();
        }
    }

    @Test
    void referenceDataIsLoaded() {
        assertThat(taxonomy.categories()).hasSize(9)
                .extracting(c -> c.nameZh()).contains("公共设施类", "突发事件类");
        assertThat(units.countByTier()).containsExactlyInAnyOrderEntriesOf(
                Map.of(Tier.TIER_1, 17L, Tier.TIER_2, 19L, Tier.TIER_3, 3L));
        assertThat(calendar.entriesPerYear()).containsKeys("2026", "2027");
    }

    @Test
    void tablesAreUtf8mb4() throws SQLException {
        assertThat(scalar("select count(*) from information_schema.tables where table_schema = database() "
                + "and table_name not like 'schema_history%' and table_collation not like 'utf8mb4%'")).isZero();
    }

    @Test
    void incidentWithChineseTextRoundTrips() throws Exception {
        String description = "夜市噪音扰民，商户占道经营，已持续三晚 " + FOUR_BYTE_CHAR + " " + UUID.randomUUID();
        Instant received = Instant.parse("2026-11-23T12:34:56.123456Z");
        tx.begin();
        Incident stored = incidents.add(Incident.receive(NewIncident.basic(IncidentSource.PORTAL, null, received,
                "李四", "024-88886666", "沈阳市于洪区鸭绿江北街陵西公园东门", description, "C02-01"),
                "C02-01", false, Instant.now().truncatedTo(ChronoUnit.MICROS), null));
        tx.commit();

        tx.begin();
        IncidentSummary readBack = incidents.find(stored.id()).orElseThrow().toSummary();
        tx.commit();
        assertThat(readBack.description()).isEqualTo(description);
        assertThat(readBack.callerName()).isEqualTo("李四");
        assertThat(readBack.address()).isEqualTo("沈阳市于洪区鸭绿江北街陵西公园东门");
        assertThat(readBack.receivedAt()).isEqualTo(received);
    }

    @Test
    void theQueuePinsOrdersFrom110AndEachFilterNarrowsIt() throws Exception {
        // letters g to v, never in a number, a phone or a hexadecimal id: the search matches the tag's
        // character pairs wherever they stand, and a hexadecimal tag's pairs can all occur in another
        // call's external number and phone
        String tag = UUID.randomUUID().toString().substring(0, 8).chars()
                .mapToObj(c -> String.valueOf((char) ('g' + Character.digit(c, 16))))
                .collect(java.util.stream.Collectors.joining());
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        tx.begin();
        Incident portal = incidents.add(Incident.receive(NewIncident.basic(IncidentSource.PORTAL, null, now,
                null, "13900000001", "于洪区黄海路" + tag, "门户录入 路灯不亮 " + tag, "C01-02"),
                "C01-02", false, now, null));
        Incident from12345 = incidents.add(Incident.receive(NewIncident.basic(IncidentSource.HOTLINE_12345,
                "Q-" + tag, now.minusSeconds(60), null, null, "于洪区黄海路" + tag, "热线转来 拖欠工资 " + tag, "C07-03"),
                "C07-03", false, now, null));
        Incident from110 = incidents.add(Incident.receive(NewIncident.basic(IncidentSource.PLATFORM_110,
                "P-" + tag, now.minus(java.time.Duration.ofDays(3)), null, null, "于洪区黄海路" + tag,
                "一一零转来 井盖缺失 " + tag, "C01-01"), "C01-01", false, now, null));
        from110.locate("SD_LINGXI-G01", "SD_LINGXI");
        tx.commit();

        QueueFilter mine = new QueueFilter(null, null, null, null, null, null, tag);
        assertThat(ids(mine)).containsExactly(from110.id(), portal.id(), from12345.id());
        assertThat(incidents.count(mine)).isEqualTo(3);
        assertThat(ids(new QueueFilter(IncidentSource.HOTLINE_12345, null, null, null, null, null, tag)))
                .containsExactly(from12345.id());
        assertThat(ids(new QueueFilter(null, "C01", null, null, null, null, tag)))
                .containsExactly(from110.id(), portal.id());
        assertThat(ids(new QueueFilter(null, "C01-02", null, null, null, null, tag))).containsExactly(portal.id());
        assertThat(ids(new QueueFilter(null, null, "SD_LINGXI", null, null, null, tag))).containsExactly(from110.id());
        assertThat(ids(new QueueFilter(null, null, null, now.minus(java.time.Duration.ofDays(1)), null, null, tag)))
                .containsExactly(portal.id(), from12345.id());
        assertThat(ids(new QueueFilter(null, null, null, null, now.minus(java.time.Duration.ofDays(1)), null, tag)))
                .containsExactly(from110.id());
        assertThat(ids(new QueueFilter(null, null, null, null, null, IncidentStatus.CLOSED, tag))).isEmpty();
        assertThat(ids(new QueueFilter(null, null, null, null, null, null, "拖欠工资 " + tag)))
                .containsExactly(from12345.id());
        assertThat(ids(new QueueFilter(null, null, null, null, null, null, "工资井盖" + tag))).isEmpty();
    }

    private List<Long> ids(QueueFilter filter) {
        return incidents.queue(filter, 0, 50).stream().map(Incident::id).toList();
    }

    @Test
    void changeAndAuditEntryCommitOrRollBackTogether() throws Exception {
        String marker = "rolled-back-" + UUID.randomUUID();
        tx.begin();
        Incident incident = incidents.add(Incident.receive(NewIncident.basic(IncidentSource.PORTAL, marker,
                Instant.now(), null, null, "于洪区", "测试回滚", null), null, false, Instant.now(), null));
        audit.record(AuditedChange.created("test.rollback", "incident", incident.id(), marker));
        tx.rollback();

        assertThat(scalar("select count(*) from intake_incident where external_number = '" + marker + "'")).isZero();
        assertThat(scalar("select count(*) from platform_audit_event where state_after = '" + marker + "'")).isZero();
    }

    @Test
    void auditTrailRecordsWhoAndWhatAndIsAppendOnly() throws Exception {
        String subject = UUID.randomUUID().toString();
        tx.begin();
        audit.record(new AuditedChange("test.recorded", "probe", subject, "{\"状态\":\"前\"}", "{\"状态\":\"后\"}"));
        tx.commit();

        assertThat(audit.history("probe", subject)).singleElement().satisfies(entry -> {
            assertThat(entry.actor()).isEqualTo(AuditTrail.SYSTEM);
            assertThat(entry.action()).isEqualTo("test.recorded");
            assertThat(entry.before()).isEqualTo("{\"状态\":\"前\"}");
            assertThat(entry.after()).isEqualTo("{\"状态\":\"后\"}");
            assertThat(entry.at()).isBefore(Instant.now().plusSeconds(1));
        });
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            assertThatThrownBy(() -> s.executeUpdate(
                    "update platform_audit_event set actor = 'forger' where subject_id = '" + subject + "'"))
                    .hasMessageMatching(REFUSED_CHANGE);
            assertThatThrownBy(() -> s.executeUpdate(
                    "delete from platform_audit_event where subject_id = '" + subject + "'"))
                    .hasMessageMatching(REFUSED_CHANGE);
        }
        assertThat(audit.history("probe", subject)).extracting(AuditRecord::actor).containsExactly(AuditTrail.SYSTEM);
    }

    @Test
    void auditingOutsideATransactionIsRefused() {
        assertThatThrownBy(() -> audit.record(AuditedChange.created("test.no-tx", "probe", "x", null)))
                .isInstanceOf(EJBTransactionRequiredException.class);
    }

    private long scalar(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}

package org.linkage110.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.linkage110.intake.PoliceMatters;
import org.linkage110.platform.DatabaseMigrations;
import org.linkage110.supervision.DeadlineWatch;
import org.linkage110.supervision.EscalationLadder;
import org.linkage110.supervision.Instruments;
import org.linkage110.supervision.SweepResult;

/**
 * Inside the server, against MariaDB: the deadline watch and the escalation ladder at instants of
 * the test's choosing (years ahead, so that nothing else due interferes with what is checked),
 * restarted, and run by two "servers" at once.
 */
@ExtendWith(ArquillianExtension.class)
class SupervisionIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.withInContainerTest(SupervisionIT.class);
    }

    @Inject
    DeadlineWatch watch;

    @Inject
    EscalationLadder ladder;

    @Inject
    Instruments instruments;

    @Inject
    org.linkage110.supervision.InstrumentClosing closing;

    @Inject
    org.linkage110.supervision.ReportCalendar reportCalendar;

    @Inject
    PoliceMatters policeMatters;

    @Resource(lookup = DatabaseMigrations.DATASOURCE)
    DataSource dataSource;

    @Resource
    ManagedExecutorService executor;

    /** A moment of its own for each test, far ahead of anything the other tests left open. */
    private static Instant future() {
        return Instant.parse("2031-01-01T00:00:00Z").plus(Duration.ofDays(ThreadLocalRandom.current().nextInt(1, 3000)))
                .plusSeconds(ThreadLocalRandom.current().nextInt(0, 86_400));
    }

    /**
     * The calendar's catch-up at a start: the periods that ended while the server was down, back to the
     * last one issued (at most two), each issued once however often the server starts again.
     */
    @Test
    void reportPeriodsMissedWhileDownAreIssuedAtTheNextStartExactlyOnce() {
        assertThat(reportCalendar.issueMissed(java.time.LocalDate.of(2000, 4, 2))).extracting(r -> r.kind() + " "
                + r.from() + ".." + r.to()).containsExactly("MONTHLY_BULLETIN 2000-03-01..2000-03-31",
                "MONTHLY_BULLETIN 2000-02-01..2000-02-29", "QUARTERLY_ASSESSMENT 2000-01-01..2000-03-31",
                "QUARTERLY_ASSESSMENT 1999-10-01..1999-12-31");
        assertThat(reportCalendar.issueMissed(java.time.LocalDate.of(2000, 4, 2))).as("issued once").isEmpty();
        assertThat(reportCalendar.issueMissed(java.time.LocalDate.of(2000, 5, 1))).extracting(r -> r.kind() + " "
                + r.from()).as("back to the last one issued").containsExactly("MONTHLY_BULLETIN 2000-04-01");
        assertThat(reportCalendar.issueMissed(java.time.LocalDate.of(2000, 5, 31))).isEmpty();
    }

    @Test
    void aStageIsWarnedAboutFiveMinutesAheadAndMarkedOverdueJustAfterItsDeadline() throws SQLException {
        Instant due = future();
        long instruction = instructionWithStage(order("SD_BEILING", due.minus(Duration.ofHours(1)), "IN_HANDLING"),
                "SD_BEILING", "FIRST_REPORT", due);

        watch.sweep(due.minus(Duration.ofMinutes(6)));
        assertThat(notifications(instruction)).isEmpty();

        watch.sweep(due.minus(Duration.ofMinutes(4)));
        assertThat(notifications(instruction)).containsExactlyInAnyOrder("DEADLINE_WARNING:SD_BEILING",
                "DEADLINE_WARNING:OFFICE");

        watch.sweep(due);
        assertThat(notifications(instruction)).as("at the deadline it is not yet overdue").hasSize(2);

        watch.sweep(due.plusMillis(1));
        assertThat(notifications(instruction)).containsExactlyInAnyOrder("DEADLINE_WARNING:SD_BEILING",
                "DEADLINE_WARNING:OFFICE", "DEADLINE_OVERDUE:SD_BEILING", "DEADLINE_OVERDUE:OFFICE");
        assertThat(scalar("select count(*) from routing_instruction_stage where instruction_id = " + instruction
                + " and warned_at is not null and overdue_at is not null")).isEqualTo(1);
        assertThat(scalar("select count(*) from platform_audit_event where action = 'supervision.notification.raised' "
                + "and state_after like '%指令 " + instruction + "（%'")).isEqualTo(4);
    }

    @Test
    void aDoneStageIsLeftAloneAndAStageMissedWhileTheServerWasDownIsCaughtUpOnce() throws SQLException {
        Instant now = future();
        long order = order("SD_BEILING", now.minus(Duration.ofHours(5)), "IN_HANDLING");
        long missed = instructionWithStage(order, "SD_BEILING", "SIGN_FOR", now.minus(Duration.ofHours(3)));
        long alsoMissed = instructionWithStage(order, "URBAN_CONSTRUCTION_BUREAU", "SIGN_FOR", now.minus(Duration.ofHours(2)));
        long done = instructionWithStage(order, "CITY_MANAGEMENT_BUREAU", "SIGN_FOR", now.minus(Duration.ofHours(2)));
        update("update routing_instruction_stage set done_at = '" + timestamp(now.minus(Duration.ofHours(4)))
                + "', outcome = 'DONE' where instruction_id = " + done);

        watch.sweep(now);
        watch.sweep(now.plusSeconds(10));

        assertThat(notifications(missed)).containsExactlyInAnyOrder("DEADLINE_OVERDUE:SD_BEILING", "DEADLINE_OVERDUE:OFFICE");
        assertThat(notifications(alsoMissed)).containsExactlyInAnyOrder("DEADLINE_OVERDUE:URBAN_CONSTRUCTION_BUREAU",
                "DEADLINE_OVERDUE:OFFICE");
        assertThat(notifications(done)).isEmpty();
    }

    @Test
    void anEmergencyPoliceMatterWithoutFeedbackPastItsHourWarnsTheOfficeOnceAndOneAnsweredInTimeNever()
            throws SQLException {
        Instant due = future();
        long waiting = policeMatter(due, false);
        long answered = policeMatter(due, true);

        policeMatters.warnOverdue(due);
        assertThat(policeNotices(waiting)).as("at the deadline it is not yet overdue").isZero();
        policeMatters.warnOverdue(due.plusMillis(1));
        policeMatters.warnOverdue(due.plusSeconds(20));

        assertThat(policeNotices(waiting)).isEqualTo(1);
        assertThat(scalar("select count(*) from intake_police_matter where id = " + waiting
                + " and overdue_warned_at is not null")).isEqualTo(1);
        assertThat(scalar("select count(*) from platform_audit_event where action = "
                + "'intake.police-matter.feedback-overdue' and subject_id = '" + waiting + "'")).isEqualTo(1);
        assertThat(policeNotices(answered)).isZero();
    }

    /** A police matter from 12345 due for feedback at {@code due}, answered by then or not. */
    private long policeMatter(Instant due, boolean answered) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "INSERT INTO intake_police_matter (source, external_number, kind, emergency, received_at, recorded_at, "
                        + "feedback_due_at, address, description, feedback, feedback_at) VALUES ('HOTLINE_12345', ?, "
                        + "'EMERGENCY_HELP', TRUE, ?, ?, ?, '沈阳市于洪区昆山西路8号', '有人被困电梯', ?, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            s.setString(1, "12345-" + java.util.UUID.randomUUID());
            s.setTimestamp(2, timestamp(due.minus(Duration.ofHours(1))));
            s.setTimestamp(3, timestamp(due.minus(Duration.ofHours(1))));
            s.setTimestamp(4, timestamp(due));
            s.setString(5, answered ? "已出警处置" : null);
            s.setTimestamp(6, answered ? timestamp(due.minus(Duration.ofMinutes(20))) : null);
            s.executeUpdate();
            try (ResultSet keys = s.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    private long policeNotices(long matter) throws SQLException {
        return scalar("select count(*) from supervision_notification where kind = 'POLICE_FEEDBACK_OVERDUE' "
                + "and recipient = 'OFFICE' and subject_id = " + matter);
    }

    @Test
    void twoServersSweepingAtOnceRaiseEachOverdueMarkExactlyOnce() throws Exception {
        Instant due = future();
        long order = order("SD_BEILING", due.minus(Duration.ofHours(1)), "IN_HANDLING");
        List<Long> instructions = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            instructions.add(instructionWithStage(order, "SD_BEILING", "RESULT", due.minusSeconds(i)));
        }
        CyclicBarrier start = new CyclicBarrier(2);
        List<Future<SweepResult>> sweeps = new ArrayList<>();
        for (int server = 0; server < 2; server++) {
            sweeps.add(executor.submit(() -> {
                start.await();
                return watch.sweep(due.plusSeconds(1));
            }));
        }
        int claimed = 0;
        for (Future<SweepResult> sweep : sweeps) {
            claimed += sweep.get().overdue();
        }
        String ids = instructions.toString().replace("[", "(").replace("]", ")");
        assertThat(scalar("select count(*) from supervision_notification where subject_id in " + ids
                + " and kind = 'DEADLINE_OVERDUE'")).isEqualTo(600);
        assertThat(scalar("select count(distinct subject_id, recipient) from supervision_notification where subject_id in "
                + ids + " and kind = 'DEADLINE_OVERDUE'")).isEqualTo(600);
        assertThat(claimed).as("claims over both servers").isGreaterThanOrEqualTo(300);
    }

    @Test
    void anOpenOrderClimbsTheLadderWeekByWeekToListedSupervision() throws SQLException {
        Instant received = future();
        long open = order("SD_BEILING", received, "IN_HANDLING");
        long closed = order("SD_BEILING", received, "CLOSED");

        ladder.sweep(received.plus(Duration.ofHours(23)));
        assertThat(steps(open)).isEmpty();

        ladder.sweep(received.plus(Duration.ofDays(8)));
        assertThat(steps(open)).containsExactly("1 VILLAGE_TEAM SD_BEILING", "2 TOWN_CENTRE SD_BEILING");

        ladder.sweep(received.plus(Duration.ofDays(8)).plusSeconds(60));
        ladder.sweep(received.plus(Duration.ofDays(14)));
        assertThat(steps(open)).hasSize(3).endsWith("3 TOWN_LEADER SD_BEILING");

        ladder.sweep(received.plus(Duration.ofDays(21)));
        assertThat(steps(open)).hasSize(4).endsWith("4 CITY_LISTED OFFICE");
        assertThat(steps(closed)).isEmpty();
        assertThat(scalar("select count(*) from supervision_notification where incident_id = " + open
                + " and kind = 'ESCALATION' and recipient = 'SD_BEILING'")).isEqualTo(3);
        assertThat(scalar("select count(*) from supervision_notification where incident_id = " + open
                + " and kind = 'ESCALATION' and recipient = 'OFFICE'")).isEqualTo(4);
        assertThat(scalar("select count(*) from platform_audit_event where action = 'supervision.order.escalated' "
                + "and subject_id = '" + open + "'")).isEqualTo(4);
    }

    @Test
    void anAnswerNotInByItsDeadlineIsEscalatedToTheOfficeOnce() throws SQLException {
        Instant due = future();
        long instrument;
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "INSERT INTO supervision_instrument (kind, year, number, title, body, issued_by, issued_at, answer_due) "
                        + "VALUES ('WARNING_NOTICE', 2099, ?, '关于夜市噪声反复投诉的预警单', '请加强管控。', 'supervisor', ?, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            s.setInt(1, ThreadLocalRandom.current().nextInt(1, 1_000_000));
            s.setTimestamp(2, timestamp(due.minus(Duration.ofDays(2))));
            s.setTimestamp(3, timestamp(due));
            s.executeUpdate();
            try (ResultSet keys = s.getGeneratedKeys()) {
                keys.next();
                instrument = keys.getLong(1);
            }
        }
        update("INSERT INTO supervision_instrument_recipient (instrument_id, unit_code) VALUES (" + instrument
                + ", 'SD_BEILING'), (" + instrument + ", 'CITY_MANAGEMENT_BUREAU')");
        update("UPDATE supervision_instrument_recipient SET answer = '已整改', answered_at = '"
                + timestamp(due.minusSeconds(60)) + "', answered_by = 'unit' WHERE instrument_id = " + instrument
                + " AND unit_code = 'CITY_MANAGEMENT_BUREAU'");

        instruments.escalateOverdue(due.minusSeconds(1));
        assertThat(scalar("select count(*) from supervision_notification where subject_id = " + instrument
                + " and kind = 'INSTRUMENT_OVERDUE'")).isZero();
        instruments.escalateOverdue(due.plusSeconds(1));
        instruments.escalateOverdue(due.plusSeconds(2));
        assertThat(strings("select text from supervision_notification where subject_id = " + instrument
                + " and kind = 'INSTRUMENT_OVERDUE'")).singleElement().asString()
                .contains("SD_BEILING").contains("预警〔2099〕");
        assertThat(scalar("select count(*) from supervision_instrument_recipient where instrument_id = " + instrument
                + " and escalated_at is not null")).isEqualTo(1);
    }

    @Test
    void aUnitNotClosedByTheClosingDeadlineIsEscalatedOnceToTheOfficeAndTheUnit() throws SQLException {
        Instant due = future();
        long instrument;
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "INSERT INTO supervision_instrument (kind, year, number, title, body, issued_by, issued_at, answer_due, "
                        + "close_due) VALUES ('SUPERVISION_ORDER', 2098, ?, '关于占道经营反复回潮的督办单', '请限期整改。', "
                        + "'supervisor', ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            s.setInt(1, ThreadLocalRandom.current().nextInt(1, 1_000_000));
            s.setTimestamp(2, timestamp(due.minus(Duration.ofDays(9))));
            s.setTimestamp(3, timestamp(due.minus(Duration.ofDays(7))));
            s.setTimestamp(4, timestamp(due));
            s.executeUpdate();
            try (ResultSet keys = s.getGeneratedKeys()) {
                keys.next();
                instrument = keys.getLong(1);
            }
        }
        update("INSERT INTO supervision_instrument_recipient (instrument_id, unit_code, answer, answered_at, answered_by) "
                + "VALUES (" + instrument + ", 'SD_BEILING', '已整改', '" + timestamp(due.minus(Duration.ofDays(8)))
                + "', 'sd_beiling-head'), (" + instrument + ", 'CITY_MANAGEMENT_BUREAU', '已整改', '"
                + timestamp(due.minus(Duration.ofDays(8))) + "', 'city_management_bureau-head')");
        update("UPDATE supervision_instrument_recipient SET closed_at = '" + timestamp(due.minus(Duration.ofDays(1)))
                + "', closed_by = 'supervisor' WHERE instrument_id = " + instrument
                + " AND unit_code = 'CITY_MANAGEMENT_BUREAU'");

        closing.escalateOverdue(due);
        assertThat(strings("select recipient from supervision_notification where subject_id = " + instrument
                + " and kind = 'INSTRUMENT_CLOSE_OVERDUE'")).as("at the deadline it is not yet overdue").isEmpty();
        closing.escalateOverdue(due.plusSeconds(1));
        closing.escalateOverdue(due.plusSeconds(300));

        assertThat(strings("select recipient from supervision_notification where subject_id = " + instrument
                + " and kind = 'INSTRUMENT_CLOSE_OVERDUE'")).containsExactlyInAnyOrder("OFFICE", "SD_BEILING");
        assertThat(scalar("select count(*) from supervision_instrument_recipient where instrument_id = " + instrument
                + " and close_escalated_at is not null")).isEqualTo(1);
        assertThat(scalar("select count(*) from platform_audit_event where action = "
                + "'supervision.instrument.close-escalated' and subject_id = '" + instrument + "'")).isEqualTo(1);
    }

    // ---- set-up straight into the tables, as routing would have written them -------------------

    private long order(String subDistrict, Instant received, String status) throws SQLException {
        // numbered by intake's own sequence, as every order is: the queue's watch for new orders
        // (and the numbers of the orders that come after) rely on it
        long id = incident(received, status.equals("CLOSED") ? "CLOSED" : "OPEN");
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "INSERT INTO routing_order (incident_id, status, source, received_at, address, sub_district, "
                        + "description, on_scene_dispute, threat_to_safety, utilities_hazard, needs_police_first, "
                        + "proposed_rule, proposed_reason, proposed_class, proposed_level, proposed_mode, lead_unit, "
                        + "handling_class, level, dispatch_mode, assessed_at) VALUES (?, ?, 'PLATFORM_110', ?, "
                        + "'怒江北街1号', ?, '测试', FALSE, FALSE, FALSE, FALSE, 'DEFAULT_SOURCE_DIVERSION', '测试', "
                        + "'SOURCE_DIVERSION', 2, 'IMMEDIATE', ?, 'SOURCE_DIVERSION', 2, 'IMMEDIATE', ?)")) {
            s.setLong(1, id);
            s.setString(2, status);
            s.setTimestamp(3, timestamp(received));
            s.setString(4, subDistrict);
            s.setString(5, subDistrict);
            s.setTimestamp(6, timestamp(received));
            s.executeUpdate();
        }
        return id;
    }

    private long incident(Instant received, String status) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "INSERT INTO intake_incident (source, received_at, recorded_at, queue_at, address, description, status) "
                        + "VALUES ('PLATFORM_110', ?, ?, ?, '怒江北街1号', '测试', ?)", Statement.RETURN_GENERATED_KEYS)) {
            s.setTimestamp(1, timestamp(received));
            s.setTimestamp(2, timestamp(received));
            s.setTimestamp(3, timestamp(received));
            s.setString(4, status);
            s.executeUpdate();
            try (var keys = s.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    private long instructionWithStage(long order, String unit, String stage, Instant due) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "INSERT INTO routing_instruction (incident_id, unit_code, channel, role, level, tier, unit_class, status, "
                        + "dispatch_round, dispatched_at, updated_at) VALUES (?, ?, 'DIRECT', 'LEAD', 2, 1, 'ALL', "
                        + "'SIGNED', 1, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            s.setLong(1, order);
            s.setString(2, unit);
            s.setTimestamp(3, timestamp(due.minus(Duration.ofDays(1))));
            s.setTimestamp(4, timestamp(due.minus(Duration.ofDays(1))));
            s.executeUpdate();
            try (ResultSet keys = s.getGeneratedKeys()) {
                keys.next();
                long id = keys.getLong(1);
                try (PreparedStatement st = c.prepareStatement(
                        "INSERT INTO routing_instruction_stage (instruction_id, stage, due_at) VALUES (?, ?, ?)")) {
                    st.setLong(1, id);
                    st.setString(2, stage);
                    st.setTimestamp(3, timestamp(due));
                    st.executeUpdate();
                }
                return id;
            }
        }
    }

    private List<String> notifications(long instruction) throws SQLException {
        return strings("select concat(kind, ':', recipient) from supervision_notification where subject_id = "
                + instruction + " and kind like 'DEADLINE_%'");
    }

    private List<String> steps(long order) throws SQLException {
        return strings("select concat(step, ' ', level_code, ' ', recipient) from supervision_escalation "
                + "where incident_id = " + order + " order by step");
    }

    private List<String> strings(String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                rows.add(rs.getString(1));
            }
        }
        return rows;
    }

    private long scalar(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private void update(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate(sql);
        }
    }

    /** DATETIME columns hold UTC (the platform's converter); JDBC gets the UTC wall time. */
    private static Timestamp timestamp(Instant instant) {
        return Timestamp.valueOf(instant.atOffset(ZoneOffset.UTC).toLocalDateTime());
    }
}

package org.linkage110.routing.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.linkage110.domain.calendar.Stage.ARRIVE;
import static org.linkage110.domain.calendar.Stage.CALLER_CONTACT;
import static org.linkage110.domain.calendar.Stage.FIRST_REPORT;
import static org.linkage110.domain.calendar.Stage.RESULT;
import static org.linkage110.domain.calendar.Stage.SIGN_FOR;
import static org.linkage110.domain.calendar.Stage.VIDEO_PULL;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.linkage110.domain.InstructionLevel;
import org.linkage110.domain.calendar.DayKind;
import org.linkage110.domain.calendar.Stage;
import org.linkage110.domain.calendar.WorkingDayCalendar;
import org.linkage110.platform.ReferenceData;

/** Instruction deadlines from the shipped deadline table and 2026 holiday calendar. */
class DeadlineTableTest {

    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    private final DeadlineTable table = new DeadlineTable(
            ReferenceData.rows("deadlines").stream().map(DeadlineTable.Row::of).toList(),
            new WorkingDayCalendar(ReferenceData.rows("calendar").stream().collect(Collectors.toMap(
                    r -> LocalDate.parse(r.get("date")), r -> DayKind.valueOf(r.get("kind"))))));

    private static ZonedDateTime at(int month, int day, int hour, int minute) {
        return ZonedDateTime.of(2026, month, day, hour, minute, 0, 0, BEIJING);
    }

    @Test
    void urgentJustBeforeMidnightRunsAroundTheClock() {
        Map<Stage, ZonedDateTime> due = table.schedule(InstructionLevel.URGENT, DeadlineTable.ALL_UNITS,
                at(3, 13, 23, 55), Optional.empty());   // Friday night
        assertThat(due).containsEntry(SIGN_FOR, at(3, 14, 0, 5))
                .containsEntry(FIRST_REPORT, at(3, 14, 1, 55))
                .containsEntry(RESULT, at(3, 14, 23, 55))
                .doesNotContainKey(CALLER_CONTACT);
    }

    @Test
    void callerContactRunsFromSigning() {
        Map<Stage, ZonedDateTime> due = table.schedule(InstructionLevel.URGENT, DeadlineTable.ALL_UNITS,
                at(3, 13, 23, 55), Optional.of(at(3, 14, 0, 3)));
        assertThat(due).containsEntry(CALLER_CONTACT, at(3, 14, 0, 8));
    }

    @Test
    void nonUrgentOverAWeekendAndQingming() {
        Map<Stage, ZonedDateTime> due = table.schedule(InstructionLevel.NON_URGENT, DeadlineTable.ALL_UNITS,
                at(4, 3, 16, 30), Optional.empty());    // Friday before Qingming (4–6 Apr off)
        assertThat(due).containsEntry(SIGN_FOR, at(4, 3, 17, 0))
                .containsEntry(FIRST_REPORT, at(4, 5, 16, 30))   // 48 clock hours
                .containsEntry(RESULT, at(4, 9, 16, 30));        // Tue 7, Wed 8, Thu 9
    }

    @Test
    void nonUrgentCountsTheMakeUpSunday() {
        Map<Stage, ZonedDateTime> due = table.schedule(InstructionLevel.NON_URGENT, DeadlineTable.ALL_UNITS,
                at(9, 18, 9, 0), Optional.empty());     // Friday; Sun 20 Sep is worked
        assertThat(due).containsEntry(RESULT, at(9, 22, 9, 0));
    }

    @Test
    void nonUrgentAcrossNationalDayEndsOnTheMakeUpSaturday() {
        Map<Stage, ZonedDateTime> due = table.schedule(InstructionLevel.NON_URGENT, DeadlineTable.ALL_UNITS,
                at(9, 30, 23, 50), Optional.empty());   // 1–7 Oct off; Thu 8, Fri 9, Sat 10 worked
        assertThat(due).containsEntry(SIGN_FOR, at(10, 1, 0, 20)).containsEntry(RESULT, at(10, 10, 23, 50));
    }

    @Test
    void theTownStandardTightensAndAddsStages() {
        Map<Stage, ZonedDateTime> due = table.schedule(InstructionLevel.URGENT, "TOWN", at(6, 1, 10, 0),
                Optional.of(at(6, 1, 10, 1)));
        assertThat(due).containsEntry(SIGN_FOR, at(6, 1, 10, 1))      // 1 minute instead of 10
                .containsEntry(CALLER_CONTACT, at(6, 1, 10, 4))         // 3 minutes after signing
                .containsEntry(VIDEO_PULL, at(6, 1, 10, 6))
                .containsEntry(ARRIVE, at(6, 1, 10, 21))
                .containsEntry(FIRST_REPORT, at(6, 1, 18, 0))           // 8 hours instead of 2
                .containsEntry(RESULT, at(6, 2, 10, 0));                // kept from the general table
    }

    @Test
    void aUnitClassWithoutRulesOfItsOwnGetsTheGeneralTable() {
        assertThat(table.rules(InstructionLevel.NON_URGENT, "NO_SUCH_CLASS"))
                .isEqualTo(table.rules(InstructionLevel.NON_URGENT, DeadlineTable.ALL_UNITS));
    }
}

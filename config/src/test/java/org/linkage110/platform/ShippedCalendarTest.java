package org.linkage110.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.linkage110.domain.calendar.DayKind;
import org.linkage110.domain.calendar.DeadlineRule;
import org.linkage110.domain.calendar.WorkingDayCalendar;

/** Level-2 result deadlines (3 working days) over the 2026 holidays as shipped in calendar.csv. */
class ShippedCalendarTest {

    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    private final WorkingDayCalendar calendar = new WorkingDayCalendar(ReferenceData.rows("calendar", "date", "kind")
            .stream().collect(Collectors.toMap(r -> LocalDate.parse(r.get("date")), r -> DayKind.valueOf(r.get("kind")))));

    private final DeadlineRule levelTwoResult = ReferenceData.rows("deadlines", "level", "unit_class", "stage")
            .stream()
            .filter(r -> r.get("level").equals("2") && r.get("unit_class").equals("ALL") && r.get("stage").equals("RESULT"))
            .map(r -> new DeadlineRule(Long.parseLong(r.get("amount")), DeadlineRule.Unit.valueOf(r.get("unit"))))
            .findFirst().orElseThrow();

    private ZonedDateTime due(int month, int day, int hour) {
        return levelTwoResult.dueFrom(ZonedDateTime.of(2026, month, day, hour, 0, 0, 0, BEIJING), calendar);
    }

    private static ZonedDateTime at(int month, int day, int hour) {
        return ZonedDateTime.of(2026, month, day, hour, 0, 0, 0, BEIJING);
    }

    @Test
    void fridayBeforeQingmingSkipsTheHolidayMonday() {
        // Fri 3 Apr; 4–6 Apr off; Tue 7, Wed 8, Thu 9
        assertThat(due(4, 3, 15)).isEqualTo(at(4, 9, 15));
    }

    @Test
    void fridayBeforeAMakeUpSundayCountsTheSunday() {
        // Fri 18 Sep; Sun 20 Sep is worked for National Day (1); Mon 21 (2); Tue 22 (3)
        assertThat(due(9, 18, 10)).isEqualTo(at(9, 22, 10));
    }

    @Test
    void acrossNationalDayTheMakeUpSaturdayIsTheThirdDay() {
        // Wed 30 Sep; 1–7 Oct off; Thu 8 (1), Fri 9 (2), Sat 10 make-up (3)
        assertThat(due(9, 30, 16)).isEqualTo(at(10, 10, 16));
    }

    @Test
    void springFestivalMakeUpSaturdayBeforeTheHoliday() {
        // Fri 13 Feb; Sat 14 make-up (1); 15–23 off; Tue 24 (2); Wed 25 (3)
        assertThat(due(2, 13, 9)).isEqualTo(at(2, 25, 9));
    }
}

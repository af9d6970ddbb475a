package org.linkage110.domain.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WorkingDayCalendarTest {

    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    /** 2026 Spring Festival as the notice gives it: 15–23 Feb off, Sat 14 and Sat 28 Feb worked. */
    private final WorkingDayCalendar calendar = new WorkingDayCalendar(springFestival2026AndQingming());

    private static Map<LocalDate, DayKind> springFestival2026AndQingming() {
        Map<LocalDate, DayKind> days = new HashMap<>();
        for (LocalDate d = LocalDate.of(2026, 2, 15); !d.isAfter(LocalDate.of(2026, 2, 23)); d = d.plusDays(1)) {
            days.put(d, DayKind.HOLIDAY);
        }
        days.put(LocalDate.of(2026, 2, 14), DayKind.MAKEUP_WORKDAY);
        days.put(LocalDate.of(2026, 2, 28), DayKind.MAKEUP_WORKDAY);
        days.put(LocalDate.of(2026, 4, 4), DayKind.HOLIDAY);
        days.put(LocalDate.of(2026, 4, 5), DayKind.HOLIDAY);
        days.put(LocalDate.of(2026, 4, 6), DayKind.HOLIDAY);
        return days;
    }

    private static ZonedDateTime at(int year, int month, int day, int hour, int minute) {
        return ZonedDateTime.of(year, month, day, hour, minute, 0, 0, BEIJING);
    }

    @Test
    void weekdaysWorkWeekendsRestWithoutAnEntry() {
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 3, 6))).isTrue();   // Friday
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 3, 7))).isFalse();  // Saturday
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 3, 8))).isFalse();  // Sunday
    }

    @Test
    void holidayOnAWeekdayIsNoWorkingDayAndMakeUpSaturdayIs() {
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 2, 16))).isFalse(); // Monday, Spring Festival
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 2, 14))).isTrue();  // Saturday, make-up
    }

    @Test
    void threeWorkingDaysFromTheFridayBeforeQingmingSkipTheHoliday() {
        // Fri 3 Apr; Sat 4 – Mon 6 Apr off; Tue 7 (1), Wed 8 (2), Thu 9 (3)
        assertThat(calendar.plusWorkingDays(at(2026, 4, 3, 16, 30), 3)).isEqualTo(at(2026, 4, 9, 16, 30));
    }

    @Test
    void makeUpSaturdayCountsAsAWorkingDay() {
        // Fri 13 Feb; Sat 14 is a make-up day (1); 15–23 off; Tue 24 (2), Wed 25 (3)
        assertThat(calendar.plusWorkingDays(at(2026, 2, 13, 9, 0), 3)).isEqualTo(at(2026, 2, 25, 9, 0));
    }

    @Test
    void startOnADayOffCountsFromTheNextWorkingDay() {
        // Sun 22 Feb (holiday); Mon 23 off; Tue 24 (1), Wed 25 (2), Thu 26 (3)
        assertThat(calendar.plusWorkingDays(at(2026, 2, 22, 23, 50), 3)).isEqualTo(at(2026, 2, 26, 23, 50));
    }

    @Test
    void plainWeekendIsSkipped() {
        // Thu 12 Mar 23:59 → Fri 13 (1), Mon 16 (2), Tue 17 (3)
        assertThat(calendar.plusWorkingDays(at(2026, 3, 12, 23, 59), 3)).isEqualTo(at(2026, 3, 17, 23, 59));
    }

    @Test
    void negativeDaysAreRefused() {
        assertThatThrownBy(() -> calendar.plusWorkingDays(at(2026, 3, 12, 0, 0), -1))
                .isInstanceOf(IllegalArgumentException.class);
    }
}

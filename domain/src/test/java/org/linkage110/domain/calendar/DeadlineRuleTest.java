package org.linkage110.domain.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DeadlineRuleTest {

    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    private final WorkingDayCalendar calendar =
            new WorkingDayCalendar(Map.of(LocalDate.of(2026, 10, 1), DayKind.HOLIDAY));

    @Test
    void minutesRunAcrossMidnightAndHolidays() {
        ZonedDateTime start = ZonedDateTime.of(2026, 9, 30, 23, 55, 0, 0, BEIJING);
        assertThat(new DeadlineRule(10, DeadlineRule.Unit.MINUTES).dueFrom(start, calendar))
                .isEqualTo(ZonedDateTime.of(2026, 10, 1, 0, 5, 0, 0, BEIJING));
    }

    @Test
    void hoursRunAroundTheClock() {
        ZonedDateTime start = ZonedDateTime.of(2026, 9, 30, 20, 0, 0, 0, BEIJING);
        assertThat(new DeadlineRule(24, DeadlineRule.Unit.HOURS).dueFrom(start, calendar))
                .isEqualTo(ZonedDateTime.of(2026, 10, 1, 20, 0, 0, 0, BEIJING));
    }

    @Test
    void workingDaysSkipTheHoliday() {
        ZonedDateTime start = ZonedDateTime.of(2026, 9, 30, 20, 0, 0, 0, BEIJING); // Wednesday
        // Thu 1 Oct off; Fri 2 (1); Mon 5 (2)
        assertThat(new DeadlineRule(2, DeadlineRule.Unit.WORKING_DAYS).dueFrom(start, calendar))
                .isEqualTo(ZonedDateTime.of(2026, 10, 5, 20, 0, 0, 0, BEIJING));
    }

    @Test
    void zeroOrNegativeAmountIsRefused() {
        assertThatThrownBy(() -> new DeadlineRule(0, DeadlineRule.Unit.MINUTES))
                .isInstanceOf(IllegalArgumentException.class);
    }
}

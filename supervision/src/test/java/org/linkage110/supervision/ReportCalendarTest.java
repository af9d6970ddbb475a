package org.linkage110.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** The calendar's day is the office's: at 06:00 in Shenyang on the 1st it is still the 31st in UTC. */
class ReportCalendarTest {

    @Test
    void theFirstOfTheMonthBeginsAtTheOfficesMidnight() {
        ReportCalendar calendar = new ReportCalendar();
        calendar.timezone = "Asia/Shanghai";
        calendar.clock = Clock.fixed(Instant.parse("2026-11-30T22:00:00Z"), ZoneOffset.UTC);
        assertThat(calendar.today()).isEqualTo(LocalDate.of(2026, 12, 1));
        calendar.clock = Clock.fixed(Instant.parse("2026-11-30T15:59:59Z"), ZoneOffset.UTC);
        assertThat(calendar.today()).isEqualTo(LocalDate.of(2026, 11, 30));
    }
}

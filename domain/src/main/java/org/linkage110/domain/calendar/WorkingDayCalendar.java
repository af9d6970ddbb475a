package org.linkage110.domain.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Map;
import java.util.Objects;

/**
 * Which dates are working days: Monday to Friday, except official holidays, plus make-up
 * working days on weekends. Dates the calendar has no entry for follow the weekday rule, so a
 * calendar that lacks next year's notice still answers, only without next year's holidays.
 */
public final class WorkingDayCalendar {

    private final Map<LocalDate, DayKind> exceptions;

    public WorkingDayCalendar(Map<LocalDate, DayKind> exceptions) {
        this.exceptions = Map.copyOf(Objects.requireNonNull(exceptions, "exceptions"));
    }

    public boolean isWorkingDay(LocalDate date) {
        DayKind kind = exceptions.get(date);
        if (kind != null) {
            return kind == DayKind.MAKEUP_WORKDAY;
        }
        DayOfWeek day = date.getDayOfWeek();
        return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY;
    }

    /**
     * The instant {@code days} working days after {@code start}, at the same time of day: each
     * following date that is a working day counts one, and the count ends on the last. A start
     * on a day off therefore counts from the next working day, which is how the office reads
     * "3 working days" for an order received on a Saturday.
     */
    public ZonedDateTime plusWorkingDays(ZonedDateTime start, int days) {
        if (days < 0) {
            throw new IllegalArgumentException("working days must not be negative: " + days);
        }
        ZonedDateTime due = start;
        int counted = 0;
        while (counted < days) {
            due = due.plusDays(1);
            if (isWorkingDay(due.toLocalDate())) {
                counted++;
            }
        }
        return due;
    }
}

package org.linkage110.domain.calendar;

import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.Objects;

/**
 * One deadline of an instruction stage, as configured: an amount of minutes, hours or working
 * days. Minutes and hours run around the clock (a tier-1 unit is on duty 24 h); working days
 * skip holidays and weekends by the calendar.
 */
public record DeadlineRule(long amount, Unit unit) implements java.io.Serializable {

    public enum Unit {
        MINUTES, HOURS, WORKING_DAYS
    }

    public DeadlineRule {
        Objects.requireNonNull(unit, "unit");
        if (amount <= 0) {
            throw new IllegalArgumentException("deadline amount must be positive: " + amount);
        }
    }

    public ZonedDateTime dueFrom(ZonedDateTime start, WorkingDayCalendar calendar) {
        return switch (unit) {
            case MINUTES -> start.plus(Duration.ofMinutes(amount));
            case HOURS -> start.plus(Duration.ofHours(amount));
            case WORKING_DAYS -> calendar.plusWorkingDays(start, Math.toIntExact(amount));
        };
    }
}

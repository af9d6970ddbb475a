package org.linkage110.domain.calendar;

/** How the State Council's holiday notice marks a date. */
public enum DayKind {
    /** A day off inside an official holiday span, whatever weekday it falls on. */
    HOLIDAY,
    /** A Saturday or Sunday that is a working day (调休上班). */
    MAKEUP_WORKDAY
}

package org.linkage110.routing.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.linkage110.domain.calendar.DayKind;

/** A date the holiday notice marks: an official holiday or a make-up working day. */
@Entity
@Table(name = "routing_calendar_day")
@NamedQuery(name = CalendarDay.ALL, query = "select d from CalendarDay d order by d.day")
public class CalendarDay {

    public static final String ALL = "CalendarDay.all";

    @Id
    @Column(name = "day")
    private LocalDate day;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private DayKind kind;

    @Column(name = "name_zh", nullable = false, length = 40)
    private String nameZh;

    protected CalendarDay() {
    }

    public LocalDate day() {
        return day;
    }

    public DayKind kind() {
        return kind;
    }
}

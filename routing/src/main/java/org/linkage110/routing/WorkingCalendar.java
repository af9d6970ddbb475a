package org.linkage110.routing;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Map;
import java.util.stream.Collectors;
import org.linkage110.domain.calendar.WorkingDayCalendar;
import org.linkage110.routing.internal.CalendarDay;

/** The working-day calendar as the office keeps it (holidays and make-up working days). */
@Stateless
public class WorkingCalendar {

    @PersistenceContext(unitName = "routing")
    EntityManager em;

    public WorkingDayCalendar current() {
        return new WorkingDayCalendar(em.createNamedQuery(CalendarDay.ALL, CalendarDay.class)
                .getResultStream()
                .collect(Collectors.toMap(CalendarDay::day, CalendarDay::kind)));
    }

    public Map<String, Long> entriesPerYear() {
        return em.createNamedQuery(CalendarDay.ALL, CalendarDay.class)
                .getResultStream()
                .collect(Collectors.groupingBy(d -> String.valueOf(d.day().getYear()), Collectors.counting()));
    }
}

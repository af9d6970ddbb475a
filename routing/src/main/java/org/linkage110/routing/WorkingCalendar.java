package org.linkage110.routing;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import java.util.List;
import org.linkage110.domain.Role;
import org.linkage110.platform.ChangeRefusedException;
import org.linkage110.platform.ReferenceData;
import org.linkage110.platform.reference.ReferenceChange;
import org.linkage110.platform.reference.ReferenceEntry;
import org.linkage110.platform.reference.ReferenceRevisionView;
import org.linkage110.platform.reference.ReferenceRevisions;
import org.linkage110.routing.internal.reference.CalendarDayKind;

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

    @Inject
    ReferenceRevisions revisions;

    public WorkingDayCalendar current() {
        return new WorkingDayCalendar(em.createNamedQuery(CalendarDay.ALL, CalendarDay.class)
                .getResultStream()
                .collect(Collectors.toMap(CalendarDay::day, CalendarDay::kind)));
    }

    /**
     * Replaces one year's holidays and make-up working days with those of a CSV file (columns
     * date, kind, name_zh, note — the shipped calendar's): days of that year not in the file are
     * removed, changed ones replaced, unchanged ones left. One revision per day that changes, all
     * in one transaction; refused as a whole when a row does not fit.
     */
    @RolesAllowed({Role.Names.SUPERVISOR, Role.Names.ADMIN})
    public List<ReferenceRevisionView> importYear(int year, String csv, String reason) {
        Map<String, Map<String, String>> wanted = new java.util.LinkedHashMap<>();
        for (Map<String, String> row : ReferenceData.parse(csv, "date", "kind", "name_zh")) {
            String date = row.get("date");
            if (!date.startsWith(year + "-")) {
                throw ChangeRefusedException.of("csv", "calendar.otherYear", date + " is not in " + year);
            }
            wanted.put(date, Map.of("date", date, "kind", row.get("kind"), "nameZh", row.get("name_zh"),
                    "note", row.getOrDefault("note", "")));
        }
        Map<String, ReferenceEntry> existing = revisions.entries(CalendarDayKind.NAME).stream()
                .filter(e -> e.key().startsWith(year + "-"))
                .collect(Collectors.toMap(ReferenceEntry::key, e -> e));
        List<ReferenceChange> changes = new java.util.ArrayList<>();
        existing.keySet().stream().filter(day -> !wanted.containsKey(day)).sorted()
                .forEach(day -> changes.add(new ReferenceChange(CalendarDayKind.NAME, day, null, reason, null)));
        wanted.forEach((day, values) -> {
            ReferenceEntry now = existing.get(day);
            if (now == null || !now.values().equals(values)) {
                changes.add(new ReferenceChange(CalendarDayKind.NAME, now == null ? null : day, values, reason, null));
            }
        });
        if (changes.isEmpty()) {
            throw ChangeRefusedException.of("csv", "calendar.unchanged", "the calendar of " + year + " is as the file says already");
        }
        return revisions.changeAll(changes);
    }

    public Map<String, Long> entriesPerYear() {
        return em.createNamedQuery(CalendarDay.ALL, CalendarDay.class)
                .getResultStream()
                .collect(Collectors.groupingBy(d -> String.valueOf(d.day().getYear()), Collectors.counting()));
    }
}

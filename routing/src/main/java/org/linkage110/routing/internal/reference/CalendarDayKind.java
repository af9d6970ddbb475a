package org.linkage110.routing.internal.reference;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.linkage110.platform.ChangeRefusedException.Refusal;
import org.linkage110.platform.reference.AppliedRevision;
import org.linkage110.platform.reference.ReferenceEntry;
import org.linkage110.platform.reference.ReferenceField;
import org.linkage110.platform.reference.ReferenceField.Choice;
import org.linkage110.platform.reference.ReferenceKind;

/**
 * The holiday calendar: the State Council's public holidays and make-up working days, by which
 * "working days" deadlines are counted. A year is imported from a CSV file as the notice appears.
 */
@Stateless
public class CalendarDayKind implements ReferenceKind {

    public static final String NAME = "calendar-day";

    @PersistenceContext(unitName = "routing")
    EntityManager em;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<ReferenceField> fields() {
        return List.of(new ReferenceField("date", ReferenceField.Type.DATE, true, true, 10, List.of()),
                ReferenceField.choice("kind", true, List.of(new Choice("HOLIDAY", "法定节假日", "Public holiday"),
                        new Choice("MAKEUP_WORKDAY", "调休上班日", "Make-up working day"))),
                ReferenceField.text("nameZh", true, 40),
                ReferenceField.text("note", false, 200));
    }

    @Override
    public List<ReferenceEntry> entries() {
        return Rows.read(em, "SELECT day, kind, name_zh, note FROM routing_calendar_day ORDER BY day").stream()
                .map(r -> {
                    String day = String.valueOf(r[0] instanceof Date d ? d.toLocalDate() : r[0]);
                    return new ReferenceEntry(day, Rows.values("date", day, "kind", r[1], "nameZh", r[2], "note", r[3]));
                }).toList();
    }

    @Override
    public List<Refusal> check(String key, Map<String, String> values) {
        return List.of();
    }

    @Override
    public void apply(String key, Map<String, String> values, AppliedRevision revision) {
        Date day = Date.valueOf(LocalDate.parse(key));
        Rows.write(em, "DELETE FROM routing_calendar_day WHERE day = ?", day);
        if (values != null) {
            Rows.write(em, "INSERT INTO routing_calendar_day (day, kind, name_zh, note) VALUES (?, ?, ?, ?)", day,
                    values.get("kind"), values.get("nameZh"), values.get("note").isEmpty() ? null : values.get("note"));
        }
    }
}

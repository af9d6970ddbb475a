package org.linkage110.routing.internal.reference;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.linkage110.domain.calendar.DeadlineRule;
import org.linkage110.domain.calendar.Stage;
import org.linkage110.platform.ChangeRefusedException.Refusal;
import org.linkage110.platform.reference.AppliedRevision;
import org.linkage110.platform.reference.ReferenceEntry;
import org.linkage110.platform.reference.ReferenceField;
import org.linkage110.platform.reference.ReferenceField.Choice;
import org.linkage110.platform.reference.ReferenceKind;
import org.linkage110.routing.internal.DeadlineTable;

/**
 * The deadline table (003's per level, 000's finer town standard for sub-districts): per level,
 * unit class and stage, an amount of minutes, hours or working days. Every level keeps a sign-for
 * and a result deadline for all units. An instruction keeps the rules it was sent with.
 */
@Stateless
public class DeadlineRuleKind implements ReferenceKind {

    public static final String NAME = "deadline-rule";

    @PersistenceContext(unitName = "routing")
    EntityManager em;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<ReferenceField> fields() {
        return List.of(
                ReferenceField.keyChoice("level", List.of(new Choice("1", "一级（紧急）", "Level 1 (urgent)"),
                        new Choice("2", "二级（非紧急）", "Level 2 (non-urgent)"))),
                ReferenceField.keyChoice("unitClass", List.of(new Choice(DeadlineTable.ALL_UNITS, "所有单位", "All units"),
                        new Choice("TOWN", "镇街（街道）", "Towns (sub-districts)"))),
                ReferenceField.keyChoice("stage", Arrays.stream(Stage.values())
                        .map(s -> new Choice(s.name(), s.name(), s.name())).toList()),
                ReferenceField.number("amount"),
                ReferenceField.choice("unit", true, List.of(new Choice("MINUTES", "分钟", "minutes"),
                        new Choice("HOURS", "小时", "hours"), new Choice("WORKING_DAYS", "工作日", "working days"))));
    }

    @Override
    public List<ReferenceEntry> entries() {
        return Rows.read(em, "SELECT level, unit_class, stage, amount, unit FROM routing_deadline_rule "
                + "ORDER BY level, unit_class, FIELD(stage, 'SIGN_FOR', 'CALLER_CONTACT', 'VIDEO_PULL', 'DEPART', "
                + "'ARRIVE', 'FIRST_REPORT', 'RESULT')").stream()
                .map(r -> new ReferenceEntry(r[0] + KEY_SEPARATOR + r[1] + KEY_SEPARATOR + r[2], Rows.values(
                        "level", ((Number) r[0]).intValue(), "unitClass", r[1], "stage", r[2],
                        "amount", ((Number) r[3]).longValue(), "unit", r[4]))).toList();
    }

    @Override
    public List<Refusal> check(String key, Map<String, String> values) {
        List<Refusal> refusals = new ArrayList<>();
        String[] parts = key.split(KEY_SEPARATOR);
        if (values == null) {
            boolean essential = DeadlineTable.ALL_UNITS.equals(parts[1])
                    && (Stage.SIGN_FOR.name().equals(parts[2]) || Stage.RESULT.name().equals(parts[2]));
            if (essential) {
                refusals.add(Rows.refusal("stage", "deadline.essential", "every level keeps a sign-for and a result "
                        + "deadline for all units; change it instead"));
            }
            return refusals;
        }
        long amount = Long.parseLong(values.get("amount"));
        if (amount <= 0 || amount > 100_000) {
            refusals.add(Rows.refusal("amount", "deadline.amount", "a positive amount (at most 100000)"));
        } else {
            new DeadlineRule(amount, DeadlineRule.Unit.valueOf(values.get("unit")));
        }
        return refusals;
    }

    @Override
    public void apply(String key, Map<String, String> values, AppliedRevision revision) {
        String[] parts = key.split(KEY_SEPARATOR);
        int level = Integer.parseInt(parts[0]);
        if (values == null) {
            Rows.write(em, "DELETE FROM routing_deadline_rule WHERE level = ? AND unit_class = ? AND stage = ?",
                    level, parts[1], parts[2]);
            return;
        }
        long amount = Long.parseLong(values.get("amount"));
        if (Rows.write(em, "UPDATE routing_deadline_rule SET amount = ?, unit = ?, version = version + 1 "
                + "WHERE level = ? AND unit_class = ? AND stage = ?", amount, values.get("unit"), level, parts[1],
                parts[2]) == 0) {
            Rows.write(em, "INSERT INTO routing_deadline_rule (level, unit_class, stage, amount, unit, version) "
                    + "VALUES (?, ?, ?, ?, ?, 0)", level, parts[1], parts[2], amount, values.get("unit"));
        }
    }
}

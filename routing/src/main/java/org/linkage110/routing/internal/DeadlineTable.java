package org.linkage110.routing.internal;

import java.time.ZonedDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.linkage110.domain.InstructionLevel;
import org.linkage110.domain.calendar.DeadlineRule;
import org.linkage110.domain.calendar.Stage;
import org.linkage110.domain.calendar.WorkingDayCalendar;

/**
 * The deadlines of an instruction, from the configured table: the rules for its level that apply
 * to every unit ({@code ALL}), replaced or extended by those of the unit's class (000's finer
 * {@code TOWN} standard). Stages whose clock starts at signing get a deadline once signed.
 */
public final class DeadlineTable {

    public static final String ALL_UNITS = "ALL";

    /** One row: level, unit class, stage and its rule. */
    public record Row(InstructionLevel level, String unitClass, Stage stage, DeadlineRule rule) {

        public Row {
            Objects.requireNonNull(level, "level");
            Objects.requireNonNull(unitClass, "unitClass");
            Objects.requireNonNull(stage, "stage");
            Objects.requireNonNull(rule, "rule");
        }

        public static Row of(Map<String, String> row) {
            return new Row(InstructionLevel.of(Integer.parseInt(row.get("level"))), row.get("unit_class"),
                    Stage.valueOf(row.get("stage")), new DeadlineRule(Long.parseLong(row.get("amount")),
                    DeadlineRule.Unit.valueOf(row.get("unit"))));
        }
    }

    private final List<Row> rows;
    private final WorkingDayCalendar calendar;

    public DeadlineTable(List<Row> rows, WorkingDayCalendar calendar) {
        this.rows = List.copyOf(rows);
        this.calendar = Objects.requireNonNull(calendar, "calendar");
    }

    /** The rule per stage for this level and unit class. */
    public Map<Stage, DeadlineRule> rules(InstructionLevel level, String unitClass) {
        Map<Stage, DeadlineRule> rules = new EnumMap<>(Stage.class);
        rows.stream().filter(r -> r.level() == level && r.unitClass().equals(ALL_UNITS))
                .forEach(r -> rules.put(r.stage(), r.rule()));
        rows.stream().filter(r -> r.level() == level && r.unitClass().equals(unitClass) && !unitClass.equals(ALL_UNITS))
                .forEach(r -> rules.put(r.stage(), r.rule()));
        return rules;
    }

    /** When each stage is due, in stage order; signing-based stages only once signed. */
    public Map<Stage, ZonedDateTime> schedule(InstructionLevel level, String unitClass, ZonedDateTime dispatchedAt,
                                              Optional<ZonedDateTime> signedAt) {
        return schedule(rules(level, unitClass), dispatchedAt, signedAt, calendar);
    }

    /** When each stage is due under rules an instruction was given; signing-based stages only once signed. */
    public static Map<Stage, ZonedDateTime> schedule(Map<Stage, DeadlineRule> rules, ZonedDateTime dispatchedAt,
                                                     Optional<ZonedDateTime> signedAt, WorkingDayCalendar calendar) {
        Map<Stage, ZonedDateTime> due = new EnumMap<>(Stage.class);
        rules.forEach((stage, rule) -> {
            if (stage.anchor() == Stage.Anchor.DISPATCH) {
                due.put(stage, rule.dueFrom(dispatchedAt, calendar));
            } else {
                signedAt.ifPresent(signed -> due.put(stage, rule.dueFrom(signed, calendar)));
            }
        });
        return due;
    }

    /** The rules given to an instruction as kept on it: {@code SIGN_FOR=10 MINUTES,RESULT=3 WORKING_DAYS}. */
    public static String encode(Map<Stage, DeadlineRule> rules) {
        return rules.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue().amount() + " " + e.getValue().unit())
                .collect(java.util.stream.Collectors.joining(","));
    }

    public static Map<Stage, DeadlineRule> decode(String kept) {
        Map<Stage, DeadlineRule> rules = new EnumMap<>(Stage.class);
        for (String part : kept.split(",")) {
            if (!part.isBlank()) {
                String[] stageAndRule = part.split("=", 2);
                String[] amountAndUnit = stageAndRule[1].split(" ", 2);
                rules.put(Stage.valueOf(stageAndRule[0]), new DeadlineRule(Long.parseLong(amountAndUnit[0]),
                        DeadlineRule.Unit.valueOf(amountAndUnit[1])));
            }
        }
        return rules;
    }
}

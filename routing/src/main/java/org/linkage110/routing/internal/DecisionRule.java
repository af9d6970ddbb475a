package org.linkage110.routing.internal;

import java.util.Map;
import java.util.Objects;
import org.linkage110.domain.CategoryCode;
import org.linkage110.domain.DispatchMode;
import org.linkage110.domain.HandlingClass;
import org.linkage110.domain.InstructionLevel;
import org.linkage110.platform.Jsons;
import org.linkage110.routing.Assessment;
import org.linkage110.routing.AssessmentFacts;

/**
 * One row of the assessment decision table: which items it applies to ({@code *}, a category such
 * as {@code C08}, or an item such as {@code C08-03}), what each flag must be ({@code Y}, {@code N}
 * or {@code *}), and the decision it gives, with its reason in Chinese and, where one is written, in
 * English ({@code reasonEn}, else null). Lower priority numbers are tried first.
 */
public record DecisionRule(String id, int priority, String appliesTo, Flag onSceneDispute, Flag threatToSafety,
                           Flag utilitiesHazard, Flag needsPoliceFirst, HandlingClass handlingClass,
                           InstructionLevel level, DispatchMode dispatchMode, String reason, String reasonEn) {

    /** A condition on one flag. */
    public enum Flag {
        YES, NO, ANY;

        static Flag parse(String cell) {
            return switch (cell.strip()) {
                case "Y" -> YES;
                case "N" -> NO;
                case "*", "" -> ANY;
                default -> throw new IllegalArgumentException("flag condition must be Y, N or *: " + cell);
            };
        }

        boolean admits(boolean value) {
            return this == ANY || (this == YES) == value;
        }

        /** As written in the table: Y, N or *. */
        public String symbol() {
            return switch (this) {
                case YES -> "Y";
                case NO -> "N";
                case ANY -> "*";
            };
        }
    }

    public DecisionRule {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(appliesTo, "appliesTo");
        if (!appliesTo.equals("*")) {
            new CategoryCode(appliesTo);
        }
        reasonEn = reasonEn == null || reasonEn.isBlank() ? null : reasonEn.strip();
    }

    /** A rule from a row of {@code reference/decision-table.csv} (or its table in the database). */
    public static DecisionRule of(Map<String, String> row) {
        return new DecisionRule(row.get("rule_id"), Integer.parseInt(row.get("priority")), row.get("applies_to"),
                Flag.parse(row.get("on_scene_dispute")), Flag.parse(row.get("threat_to_safety")),
                Flag.parse(row.get("utilities_hazard")), Flag.parse(row.get("needs_police_first")),
                HandlingClass.valueOf(row.get("handling_class")), InstructionLevel.of(Integer.parseInt(row.get("level"))),
                DispatchMode.valueOf(row.get("dispatch_mode")), row.get("reason_zh"),
                row.get("reason_en"));
    }

    /** The rule as the cells of its row, keyed like the file's columns. */
    public Map<String, String> toRow() {
        Map<String, String> row = new java.util.LinkedHashMap<>();
        row.put("rule_id", id);
        row.put("priority", Integer.toString(priority));
        row.put("applies_to", appliesTo);
        row.put("on_scene_dispute", onSceneDispute.symbol());
        row.put("threat_to_safety", threatToSafety.symbol());
        row.put("utilities_hazard", utilitiesHazard.symbol());
        row.put("needs_police_first", needsPoliceFirst.symbol());
        row.put("handling_class", handlingClass.name());
        row.put("level", Integer.toString(level.number()));
        row.put("dispatch_mode", dispatchMode.name());
        row.put("reason_zh", reason);
        if (reasonEn != null) {
            row.put("reason_en", reasonEn);
        }
        return row;
    }

    public String toJson() {
        jakarta.json.JsonObjectBuilder json = org.linkage110.platform.Jsons.createObjectBuilder();
        toRow().forEach(json::add);
        return json.build().toString();
    }

    boolean matches(AssessmentFacts facts) {
        boolean item = appliesTo.equals("*") || facts.itemCode().equals(appliesTo)
                || facts.itemCode().startsWith(appliesTo + "-");
        return item && onSceneDispute.admits(facts.onSceneDispute()) && threatToSafety.admits(facts.threatToSafety())
                && utilitiesHazard.admits(facts.utilitiesHazard()) && needsPoliceFirst.admits(facts.needsPoliceFirst());
    }

    Assessment decision() {
        return new Assessment(handlingClass, level, dispatchMode, id, reason, reasonEn);
    }
}

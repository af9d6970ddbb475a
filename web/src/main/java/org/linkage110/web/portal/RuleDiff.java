package org.linkage110.web.portal;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.Serializable;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.linkage110.platform.Jsons;
import org.linkage110.routing.RuleRevision;

/**
 * A rule's history as a reader wants it: each revision against the one before, field by field
 * (old → new), the first revision as the rule added and a revision without content as it removed.
 */
public final class RuleDiff {

    /** What a revision did to the rule. */
    public enum Kind { ADDED, CHANGED, REMOVED }

    /** One field of the rule that the revision changed; {@code before} or {@code after} null when absent. */
    public record FieldChange(String field, String before, String after) implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    /** One revision with what it changed against the revision before it. */
    public record Revision(RuleRevision revision, Kind kind, List<FieldChange> changes) implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    /** The fields a rule's content names (routing's decision-rule row); the portal has words for each. */
    public static final List<String> FIELDS = List.of("rule_id", "priority", "applies_to", "on_scene_dispute",
            "threat_to_safety", "utilities_hazard", "needs_police_first", "handling_class", "level", "dispatch_mode",
            "reason_zh", "reason_en");

    private RuleDiff() {
    }

    /** The revisions (oldest first, as the history answers them) each with its changes, newest first. */
    public static List<Revision> of(List<RuleRevision> history) {
        List<Revision> diffs = new ArrayList<>();
        Map<String, String> before = Map.of();
        boolean existed = false;
        for (RuleRevision revision : history) {
            Map<String, String> after = fields(revision.content());
            Kind kind = revision.content() == null ? Kind.REMOVED : existed ? Kind.CHANGED : Kind.ADDED;
            diffs.add(new Revision(revision, kind, changes(before, after)));
            before = after;
            existed = revision.content() != null;
        }
        java.util.Collections.reverse(diffs);
        return List.copyOf(diffs);
    }

    /** Fields whose value differs, in the order the rule names them (fields only in {@code before} last). */
    static List<FieldChange> changes(Map<String, String> before, Map<String, String> after) {
        Set<String> names = new LinkedHashSet<>(after.keySet());
        names.addAll(before.keySet());
        List<FieldChange> changes = new ArrayList<>();
        for (String name : names) {
            String old = before.get(name);
            String now = after.get(name);
            if (!Objects.equals(old, now)) {
                changes.add(new FieldChange(name, old, now));
            }
        }
        return changes;
    }

    /** A revision's content as field → text; none for a removed rule. */
    static Map<String, String> fields(String content) {
        if (content == null || content.isBlank()) {
            return Map.of();
        }
        JsonObject json;
        try (var reader = Jsons.createReader(new StringReader(content))) {
            json = reader.readObject();
        }
        Map<String, String> fields = new LinkedHashMap<>();
        json.forEach((name, value) -> fields.put(name, text(value)));
        return fields;
    }

    private static String text(JsonValue value) {
        return switch (value.getValueType()) {
            case STRING -> ((JsonString) value).getString();
            case NULL -> null;
            default -> value.toString();
        };
    }
}

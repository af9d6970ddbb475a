package org.linkage110.web.portal;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.linkage110.intake.TaxonomyEntry;
import org.linkage110.platform.Jsons;
import org.linkage110.platform.reference.ReferenceChange;
import org.linkage110.platform.reference.ReferenceEntry;
import org.linkage110.platform.reference.ReferenceField;
import org.linkage110.platform.reference.ReferenceRevisionView;
import org.linkage110.platform.reference.ReferenceRevisions;
import org.linkage110.routing.LinkageUnits;
import org.linkage110.routing.WorkingCalendar;

/**
 * The reference data pages (office; changes by SUPERVISOR and ADMIN): one kind at a time, its
 * entries, a form for a new or changed entry with the reason and the moment it takes effect, an
 * entry's history as what changed from what, the changes still waiting, and per kind its extras:
 * the items the responsibility list lacks, a year's calendar imported from CSV.
 */
@Named
@ViewScoped
public class ReferenceBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ReferenceRevisions revisions;

    @Inject
    LinkageUnits units;

    @Inject
    WorkingCalendar calendar;

    @Inject
    RoutingFeedback feedback;

    @Inject
    Messages messages;

    @Inject
    Clock clock;

    private String kind = "linkage-unit";
    private String editing;
    private Map<String, String> values = new HashMap<>();
    private Map<String, List<String>> multi = new HashMap<>();
    private String reason;
    private String effectiveFrom;
    private String historyOf;
    private Integer importYear;
    private String importCsv;
    private transient List<ReferenceField> fields;

    public List<String> getKinds() {
        return revisions.kindNames();
    }

    public List<ReferenceField> getFields() {
        if (fields == null) {
            fields = revisions.fields(kind);
        }
        return fields;
    }

    public List<ReferenceEntry> getEntries() {
        return revisions.entries(kind);
    }

    public List<ReferenceRevisionView> getPending() {
        return revisions.pending().stream().filter(r -> r.kind().equals(kind)).toList();
    }

    public List<ReferenceRevisionView> getHistory() {
        return historyOf == null ? List.of() : revisions.history(kind, historyOf);
    }

    public List<TaxonomyEntry> getUncoveredItems() {
        return "responsibility".equals(kind) ? units.uncoveredItems() : List.of();
    }

    /** The label of a value: a choice's name in the user's language, else the value itself. */
    public String label(ReferenceField field, String value, boolean english) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        if (field.type() == ReferenceField.Type.CHOICES || field.type() == ReferenceField.Type.LIST) {
            return String.join("、", java.util.Arrays.stream(value.split("\\|")).map(v -> choiceLabel(field, v, english))
                    .toList());
        }
        return choiceLabel(field, value, english);
    }

    private static String choiceLabel(ReferenceField field, String value, boolean english) {
        return field.choices().stream().filter(c -> c.value().equals(value)).findFirst()
                .map(c -> english ? c.labelEn() : c.labelZh()).orElse(value);
    }

    /** The fields of a revision whose value it changed: "field: before → after". */
    public List<String> changes(ReferenceRevisionView revision) {
        Map<String, String> before = Json.values(revision.before());
        Map<String, String> after = Json.values(revision.after());
        return getFields().stream().filter(f -> !before.getOrDefault(f.name(), "").equals(after.getOrDefault(f.name(), "")))
                .map(f -> messages.text("reference." + kind + "." + f.name(), f.name()) + "："
                        + show(before.get(f.name())) + " → " + show(revision.after() == null ? null : after.get(f.name())))
                .toList();
    }

    private static String show(String value) {
        return value == null || value.isEmpty() ? "—" : value;
    }

    public void select(String chosen) {
        kind = chosen;
        fields = null;
        startNew();
        historyOf = null;
    }

    public void startNew() {
        editing = null;
        values = new HashMap<>();
        multi = new HashMap<>();
        getFields().stream().filter(f -> f.type() == ReferenceField.Type.BOOLEAN).forEach(f -> values.put(f.name(), "true"));
        reason = null;
        effectiveFrom = null;
    }

    /** Prefills a new responsibility for an item the list lacks. */
    public void cover(TaxonomyEntry item) {
        startNew();
        values.put("itemCode", item.code());
    }

    public void edit(ReferenceEntry entry) {
        startNew();
        editing = entry.key();
        values = new HashMap<>(entry.values());
        getFields().stream().filter(f -> f.type() == ReferenceField.Type.CHOICES).forEach(f -> multi.put(f.name(),
                values.getOrDefault(f.name(), "").isEmpty() ? List.of()
                        : List.of(values.get(f.name()).split("\\|"))));
        historyOf = entry.key();
    }

    public void showHistory(ReferenceEntry entry) {
        historyOf = entry.key();
    }

    public void save() {
        Map<String, String> sent = new HashMap<>(values);
        multi.forEach((name, chosen) -> sent.put(name, String.join("|", chosen)));
        Instant from = moment();
        if (from == null && effectiveFrom != null && !effectiveFrom.isBlank()) {
            return;
        }
        if (feedback.attempt(() -> revisions.change(new ReferenceChange(kind, editing, sent, reason, from)))) {
            messages.info(from == null || !from.isAfter(clock.instant()) ? "reference.saved" : "reference.scheduled");
            historyOf = editing;
            startNew();
        }
    }

    /** Removes the entry being edited, with the form's reason. */
    public void remove() {
        String key = editing;
        if (feedback.attempt(() -> revisions.change(new ReferenceChange(kind, key, null, reason, moment())))) {
            messages.info("reference.removed");
            startNew();
        }
    }

    public void importCalendar() {
        if (importYear == null) {
            messages.error("reference.importYear");
            return;
        }
        if (feedback.attempt(() -> calendar.importYear(importYear, importCsv, reason))) {
            messages.info("reference.imported");
            importCsv = null;
            reason = null;
        }
    }

    private Instant moment() {
        if (effectiveFrom == null || effectiveFrom.isBlank()) {
            return null;
        }
        try {
            return LocalDateTime.parse(effectiveFrom).atZone(clock.getZone()).toInstant();
        } catch (DateTimeParseException e) {
            messages.error("reference.effectiveFromInvalid");
            return null;
        }
    }

    public boolean isRemovable() {
        return !"linkage-unit".equals(kind) && !"taxonomy-item".equals(kind);
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        if (kind != null && !kind.equals(this.kind) && revisions.kindNames().contains(kind)) {
            select(kind);
        }
    }

    public String getEditing() {
        return editing;
    }

    public Map<String, String> getValues() {
        return values;
    }

    public Map<String, List<String>> getMulti() {
        return multi;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getEffectiveFrom() {
        return effectiveFrom;
    }

    public void setEffectiveFrom(String effectiveFrom) {
        this.effectiveFrom = effectiveFrom;
    }

    public String getHistoryOf() {
        return historyOf;
    }

    public Integer getImportYear() {
        return importYear;
    }

    public void setImportYear(Integer importYear) {
        this.importYear = importYear;
    }

    public String getImportCsv() {
        return importCsv;
    }

    public void setImportCsv(String importCsv) {
        this.importCsv = importCsv;
    }

    /** Reads the revisions' JSON states. */
    private static final class Json {

        static Map<String, String> values(String json) {
            Map<String, String> values = new HashMap<>();
            if (json != null) {
                org.linkage110.platform.Jsons.createReader(new java.io.StringReader(json)).readObject()
                        .forEach((k, v) -> values.put(k, v instanceof jakarta.json.JsonString s ? s.getString() : v.toString()));
            }
            return values;
        }
    }
}

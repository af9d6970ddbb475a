package org.linkage110.supervision;

/** A point of the review checklist (kept as data in {@code supervision_checklist_item}). */
public record ChecklistItem(String code, String labelZh, String labelEn) implements java.io.Serializable {
}

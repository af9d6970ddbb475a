package org.linkage110.platform.reference;

/** Fired when a change of this kind of reference data took effect, for those who keep copies of it. */
public record ReferenceDataChanged(String kind) {
}

package org.linkage110.intake;

/** A category (no parent) or one of its sub-items. */
public record TaxonomyEntry(String code, String parentCode, String nameZh, String nameEn) implements java.io.Serializable {

    public boolean isCategory() {
        return parentCode == null;
    }
}

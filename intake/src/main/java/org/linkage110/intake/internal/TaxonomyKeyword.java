package org.linkage110.intake.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/** A word callers use for a taxonomy item; the suggester matches descriptions against these. */
@Entity
@Table(name = "intake_taxonomy_keyword")
@IdClass(TaxonomyKeyword.Key.class)
public class TaxonomyKeyword {

    @Id
    @Column(name = "item_code", length = 6)
    private String itemCode;

    @Id
    @Column(length = 50)
    private String keyword;

    protected TaxonomyKeyword() {
    }

    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private String itemCode;
        private String keyword;

        public Key() {
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(k.itemCode, itemCode) && Objects.equals(k.keyword, keyword);
        }

        @Override
        public int hashCode() {
            return Objects.hash(itemCode, keyword);
        }
    }
}

package org.linkage110.intake.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.linkage110.intake.TaxonomyEntry;

/** A taxonomy entry as the office keeps it; seeded from reference/taxonomy.csv. */
@Entity
@Table(name = "intake_taxonomy_item")
@NamedQuery(name = TaxonomyItem.ACTIVE, query = "select t from TaxonomyItem t where t.active = true order by t.code")
public class TaxonomyItem {

    public static final String ACTIVE = "TaxonomyItem.active";

    @Id
    @Column(length = 6)
    private String code;

    @Version
    private long version;

    @Column(name = "parent_code", length = 6)
    private String parentCode;

    @Column(name = "name_zh", nullable = false, length = 100)
    private String nameZh;

    @Column(name = "name_en", nullable = false, length = 150)
    private String nameEn;

    @Column(nullable = false)
    private boolean active;

    protected TaxonomyItem() {
    }

    boolean isActive() {
        return active;
    }

    public TaxonomyEntry toEntry() {
        return new TaxonomyEntry(code, parentCode, nameZh, nameEn);
    }
}

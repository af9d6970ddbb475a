package org.linkage110.routing.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.linkage110.domain.Tier;
import org.linkage110.routing.LinkageUnitView;

/**
 * A linkage unit. Its current tier is kept here; every tier it ever had, with who changed it and
 * from when, is in {@code routing_unit_tier_change}.
 */
@Entity
@Table(name = "routing_linkage_unit")
@NamedQuery(name = LinkageUnit.ACTIVE,
        query = "select u from LinkageUnit u where u.active = true order by u.tier, u.code")
public class LinkageUnit {

    public static final String ACTIVE = "LinkageUnit.active";

    @Id
    @Column(length = 40)
    private String code;

    @Version
    private long version;

    @Column(name = "name_zh", nullable = false, length = 100)
    private String nameZh;

    @Column(name = "name_en", nullable = false, length = 150)
    private String nameEn;

    @Column(nullable = false)
    private int tier;

    @Column(nullable = false, length = 20)
    private String kind;

    @Column(nullable = false)
    private boolean active;

    protected LinkageUnit() {
    }

    public String code() {
        return code;
    }

    public Tier tier() {
        return Tier.of(tier);
    }

    public boolean active() {
        return active;
    }

    /** The class of unit the deadline table knows: 000's town standard applies to sub-districts. */
    public String deadlineClass() {
        return "SUB_DISTRICT".equals(kind) ? "TOWN" : DeadlineTable.ALL_UNITS;
    }

    public void changeTier(Tier to) {
        tier = to.number();
    }

    public LinkageUnitView toView() {
        return new LinkageUnitView(code, nameZh, nameEn, Tier.of(tier), kind);
    }
}

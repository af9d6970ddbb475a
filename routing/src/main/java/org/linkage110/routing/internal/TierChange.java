package org.linkage110.routing.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import org.linkage110.domain.Tier;
import org.linkage110.routing.TierChangeView;

/** One entry in a unit's tier history: from when, which tier, who decided and why. */
@Entity
@Table(name = "routing_unit_tier_change")
@NamedQuery(name = TierChange.OF_UNIT,
        query = "select c from TierChange c where c.unitCode = :unit order by c.effectiveFrom, c.id")
public class TierChange {

    public static final String OF_UNIT = "TierChange.ofUnit";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "unit_code", nullable = false, length = 40)
    private String unitCode;

    private int tier;

    @Column(name = "effective_from", nullable = false)
    private Instant effectiveFrom;

    @Column(name = "changed_by", nullable = false, length = 100)
    private String changedBy;

    @Column(nullable = false, length = 500)
    private String reason;

    protected TierChange() {
    }

    public TierChange(String unitCode, Tier tier, Instant effectiveFrom, String changedBy, String reason) {
        this.unitCode = unitCode;
        this.tier = tier.number();
        this.effectiveFrom = effectiveFrom;
        this.changedBy = changedBy;
        this.reason = reason;
    }

    public TierChangeView toView() {
        return new TierChangeView(unitCode, Tier.of(tier), effectiveFrom, changedBy, reason);
    }
}

package org.linkage110.routing;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.linkage110.domain.Tier;
import org.linkage110.routing.internal.LinkageUnit;

/** The linkage units (联动单位) of the district in their three tiers (003). */
@Stateless
public class LinkageUnits {

    @PersistenceContext(unitName = "routing")
    EntityManager em;

    /** Active units by tier, then code. */
    public List<LinkageUnitView> all() {
        return em.createNamedQuery(LinkageUnit.ACTIVE, LinkageUnit.class)
                .getResultStream()
                .map(LinkageUnit::toView)
                .toList();
    }

    public Map<Tier, Long> countByTier() {
        Map<Tier, Long> counts = new EnumMap<>(Tier.class);
        for (LinkageUnitView unit : all()) {
            counts.merge(unit.tier(), 1L, Long::sum);
        }
        return counts;
    }
}

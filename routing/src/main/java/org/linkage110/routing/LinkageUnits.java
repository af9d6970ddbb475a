package org.linkage110.routing;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import org.linkage110.domain.Role;
import org.linkage110.platform.AuditTrail;
import org.linkage110.platform.AuditedChange;
import org.linkage110.routing.internal.Handling;
import org.linkage110.routing.internal.TierChange;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.linkage110.domain.Tier;
import org.linkage110.routing.internal.LinkageUnit;

/** The linkage units (联动单位) of the district in their three tiers (003). */
@Stateless
@DeclareRoles({Role.Names.SUPERVISOR, Role.Names.ADMIN})
public class LinkageUnits {

    @PersistenceContext(unitName = "routing")
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Inject
    Handling handling;

    /**
     * The office moves a unit to another tier (003: adjustable at any time). The change is kept in
     * the unit's tier history and applies to instructions dispatched from now on; those already
     * sent keep the tier (and the duties) they were sent with.
     */
    @RolesAllowed({Role.Names.SUPERVISOR, Role.Names.ADMIN})
    public LinkageUnitView changeTier(String code, Tier tier, String reason) {
        if (tier == null) {
            throw RoutingRefusedException.of("tier", "required");
        }
        if (reason == null || reason.isBlank() || reason.length() > 500) {
            throw RoutingRefusedException.of("reason", "say why the tier changes (up to 500 characters)");
        }
        LinkageUnit unit = em.find(LinkageUnit.class, code);
        if (unit == null) {
            throw RoutingRefusedException.of("unit", "no linkage unit " + code);
        }
        if (unit.tier() == tier) {
            throw RoutingRefusedException.of("tier", code + " is in tier " + tier.number() + " already");
        }
        String before = unit.toView().toString();
        Instant now = clock.instant();
        unit.changeTier(tier);
        TierChange change = new TierChange(code, tier, now, handling.actor(), reason.strip());
        em.persist(change);
        audit.record(new AuditedChange("routing.unit.tier-changed", "unit", code, before,
                change.toView().toString()));
        em.flush();
        return unit.toView();
    }

    /** The department the responsibility list makes responsible for a taxonomy item, if any. */
    public java.util.Optional<String> responsibleFor(String itemCode) {
        List<?> rows = em.createNativeQuery("SELECT lead_unit_code FROM routing_responsibility WHERE item_code = ?")
                .setParameter(1, itemCode).getResultList();
        return rows.stream().map(String.class::cast).findFirst();
    }

    /** Every tier the unit has had, oldest first. */
    public List<TierChangeView> tierHistory(String code) {
        return em.createNamedQuery(TierChange.OF_UNIT, TierChange.class).setParameter("unit", code)
                .getResultStream().map(TierChange::toView).toList();
    }

    /** Active units by tier, then code. */
    public List<LinkageUnitView> all() {
        return em.createNamedQuery(LinkageUnit.ACTIVE, LinkageUnit.class)
                .getResultStream()
                .map(LinkageUnit::toView)
                .toList();
    }

    /** Every active unit's Chinese name by code, for lists and documents that name units. */
    public Map<String, String> namesZh() {
        Map<String, String> names = new java.util.LinkedHashMap<>();
        all().forEach(unit -> names.put(unit.code(), unit.nameZh()));
        return names;
    }

    public Map<Tier, Long> countByTier() {
        Map<Tier, Long> counts = new EnumMap<>(Tier.class);
        for (LinkageUnitView unit : all()) {
            counts.merge(unit.tier(), 1L, Long::sum);
        }
        return counts;
    }
}

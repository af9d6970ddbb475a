package org.linkage110.routing;

import org.linkage110.intake.CommonProblem;
import org.linkage110.intake.Taxonomy;
import org.linkage110.intake.TaxonomyEntry;
import org.linkage110.platform.reference.ReferenceChange;
import org.linkage110.platform.reference.ReferenceEntry;
import org.linkage110.platform.reference.ReferenceRevisions;
import org.linkage110.routing.internal.reference.LinkageUnitKind;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.linkage110.domain.Role;
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
    ReferenceRevisions revisions;

    @Inject
    Taxonomy taxonomy;

    /**
     * The office moves a unit to another tier (003: adjustable at any time), and with it the duty
     * regime that goes with the tier. The change is a revision of the unit's reference data, kept
     * in its tier history; instructions already sent keep the tier (and duties) they were sent with.
     */
    @RolesAllowed({Role.Names.SUPERVISOR, Role.Names.ADMIN})
    public LinkageUnitView changeTier(String code, Tier tier, String reason) {
        if (tier == null) {
            throw RoutingRefusedException.of("tier", CommonProblem.REQUIRED);
        }
        ReferenceEntry unit = revisions.entries(LinkageUnitKind.NAME).stream().filter(e -> e.key().equals(code))
                .findFirst().orElseThrow(() -> RoutingRefusedException.of("unit", CommonProblem.NO_UNIT, code));
        if (unit.values().get("tier").equals(String.valueOf(tier.number()))) {
            throw RoutingRefusedException.of("tier", RoutingProblem.IN_TIER, code, tier.number());
        }
        Map<String, String> values = new java.util.HashMap<>(unit.values());
        values.put("tier", String.valueOf(tier.number()));
        values.put("dutyRegime", DUTY_REGIME.get(tier));
        revisions.change(new ReferenceChange(LinkageUnitKind.NAME, code, values, reason, null));
        return em.find(LinkageUnit.class, code).toView();
    }

    /** 003: 四定 for tier 1, 三定 for tier 2, 三到位 for tier 3. */
    private static final Map<Tier, String> DUTY_REGIME = Map.of(Tier.TIER_1, "FOUR_FIXED", Tier.TIER_2, "THREE_FIXED",
            Tier.TIER_3, "THREE_IN_PLACE");

    /** Taxonomy items the responsibility list does not name a lead for yet: what the office has to complete. */
    @RolesAllowed({Role.Names.DISPATCHER, Role.Names.SUPERVISOR, Role.Names.ADMIN})
    public List<TaxonomyEntry> uncoveredItems() {
        List<?> covered = em.createNativeQuery("SELECT item_code FROM routing_responsibility").getResultList();
        return taxonomy.entries().stream().filter(e -> !e.isCategory() && !covered.contains(e.code())).toList();
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

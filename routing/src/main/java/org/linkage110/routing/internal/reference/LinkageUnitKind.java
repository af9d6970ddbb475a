package org.linkage110.routing.internal.reference;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.linkage110.domain.Tier;
import org.linkage110.platform.ChangeRefusedException.Refusal;
import org.linkage110.platform.reference.AppliedRevision;
import org.linkage110.platform.reference.ReferenceEntry;
import org.linkage110.platform.reference.ReferenceField;
import org.linkage110.platform.reference.ReferenceField.Choice;
import org.linkage110.platform.reference.ReferenceKind;
import org.linkage110.routing.internal.OrderBook;
import org.linkage110.routing.internal.TierChange;

/**
 * The linkage units (003's 39, adjustable by the office at any time): names, tier, kind, duty
 * regime and what it fixes (post, team, vehicle, contact). A tier change is kept in the unit's
 * tier history from the change's moment; instructions already sent keep their tier. Units are
 * switched off, never removed, and a unit still leading items of the responsibility list or with
 * instructions in hand cannot be switched off or moved to tier 3.
 */
@Stateless
public class LinkageUnitKind implements ReferenceKind {

    public static final String NAME = "linkage-unit";

    private static final String COLUMNS = "code, name_zh, name_en, tier, kind, duty_regime, duty_post, duty_team, "
            + "duty_vehicle, duty_phone, active";

    @PersistenceContext(unitName = "routing")
    EntityManager em;

    @Inject
    OrderBook orders;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<ReferenceField> fields() {
        return List.of(ReferenceField.key("code", 40),
                ReferenceField.text("nameZh", true, 100),
                ReferenceField.text("nameEn", true, 150),
                ReferenceField.choice("tier", true, List.of(new Choice("1", "一级", "Tier 1"),
                        new Choice("2", "二级", "Tier 2"), new Choice("3", "三级", "Tier 3"))),
                ReferenceField.choice("kind", true, List.of(new Choice("POLICE", "公安", "Police"),
                        new Choice("DEPARTMENT", "部门", "Department"), new Choice("SUB_DISTRICT", "街道", "Sub-district"),
                        new Choice("SERVICE_CENTRE", "服务中心", "Service centre"))),
                ReferenceField.choice("dutyRegime", true, List.of(new Choice("FOUR_FIXED", "四定", "Four fixed"),
                        new Choice("THREE_FIXED", "三定", "Three fixed"),
                        new Choice("THREE_IN_PLACE", "三到位", "Three in place"))),
                ReferenceField.text("dutyPost", false, 200),
                ReferenceField.text("dutyTeam", false, 200),
                ReferenceField.text("dutyVehicle", false, 200),
                ReferenceField.text("dutyPhone", false, 40),
                ReferenceField.bool("active"));
    }

    @Override
    public List<ReferenceEntry> entries() {
        return Rows.read(em, "SELECT " + COLUMNS + " FROM routing_linkage_unit ORDER BY tier, code").stream()
                .map(LinkageUnitKind::entry).toList();
    }

    @Override
    public java.util.Optional<ReferenceEntry> entry(String key) {
        return Rows.read(em, "SELECT " + COLUMNS + " FROM routing_linkage_unit WHERE code = ?", key).stream()
                .map(LinkageUnitKind::entry).findFirst();
    }

    private static ReferenceEntry entry(Object[] r) {
        return new ReferenceEntry((String) r[0], Rows.values("code", r[0], "nameZh", r[1], "nameEn", r[2],
                "tier", ((Number) r[3]).intValue(), "kind", r[4], "dutyRegime", r[5], "dutyPost", r[6], "dutyTeam", r[7],
                "dutyVehicle", r[8], "dutyPhone", r[9], "active", Rows.bool(r[10])));
    }

    @Override
    public boolean removable() {
        return false;
    }

    @Override
    public List<Refusal> check(String key, Map<String, String> values) {
        List<Refusal> refusals = new ArrayList<>();
        boolean exists = entry(key).isPresent();
        if (!exists && !key.matches("[A-Z][A-Z0-9_]{1,39}")) {
            refusals.add(Rows.refusal("code", "unit.code", "upper-case letters, digits and '_', e.g. SD_LINGXI"));
        }
        boolean active = Boolean.parseBoolean(values.get("active"));
        boolean tierThree = "3".equals(values.get("tier"));
        if (exists && (!active || tierThree)) {
            long leads = ((Number) Rows.read(em, "SELECT COUNT(*) FROM routing_responsibility WHERE lead_unit_code = ?",
                    key).get(0)[0]).longValue();
            if (leads > 0) {
                refusals.add(Rows.refusal(active ? "tier" : "active", "unit.leadsItems", key + " leads " + leads
                        + " items of the responsibility list (tier 3 never leads): give them another lead first"));
            }
        }
        if (exists && !active) {
            long inHand = ((Number) Rows.read(em, "SELECT COUNT(*) FROM routing_instruction WHERE unit_code = ? "
                    + "AND status NOT IN ('RETURNED', 'CONFIRMED', 'REPORTED_BACK')", key).get(0)[0]).longValue();
            if (inHand > 0) {
                refusals.add(Rows.refusal("active", "unit.hasWork", key + " has " + inHand
                        + " instructions in hand; switch it off once they are finished"));
            }
        }
        return refusals;
    }

    @Override
    public void apply(String key, Map<String, String> v, AppliedRevision revision) {
        int tier = Integer.parseInt(v.get("tier"));
        Integer tierBefore = entry(key).map(e -> Integer.parseInt(e.values().get("tier"))).orElse(null);
        if (tierBefore == null) {
            Rows.write(em, "INSERT INTO routing_linkage_unit (" + COLUMNS + ", version) "
                            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)", key, v.get("nameZh"), v.get("nameEn"), tier,
                    v.get("kind"), v.get("dutyRegime"), v.get("dutyPost"), v.get("dutyTeam"), v.get("dutyVehicle"),
                    v.get("dutyPhone"), Boolean.parseBoolean(v.get("active")));
        } else {
            Rows.write(em, "UPDATE routing_linkage_unit SET name_zh = ?, name_en = ?, tier = ?, kind = ?, duty_regime = ?, "
                            + "duty_post = ?, duty_team = ?, duty_vehicle = ?, duty_phone = ?, active = ?, "
                            + "version = version + 1 WHERE code = ?", v.get("nameZh"), v.get("nameEn"), tier, v.get("kind"),
                    v.get("dutyRegime"), v.get("dutyPost"), v.get("dutyTeam"), v.get("dutyVehicle"), v.get("dutyPhone"),
                    Boolean.parseBoolean(v.get("active")), key);
        }
        if (tierBefore == null || tierBefore != tier) {
            em.persist(new TierChange(key, Tier.of(tier), revision.effectiveFrom(), revision.changedBy(),
                    revision.reason()));
        }
        if (tierBefore != null && tierBefore != tier) {
            orders.tierChanged(key);
        }
        em.getEntityManagerFactory().getCache().evictAll();
    }
}

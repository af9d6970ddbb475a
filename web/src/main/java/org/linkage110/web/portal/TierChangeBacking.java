package org.linkage110.web.portal;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Map;
import org.linkage110.domain.Tier;
import org.linkage110.routing.LinkageUnitView;
import org.linkage110.routing.LinkageUnits;

/**
 * The administrator moves a unit to another tier on the units page (003: adjustable at any time),
 * with a reason; the change is kept in the unit's tier history and audited by the reference data.
 */
@Named
@ViewScoped
public class TierChangeBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final Map<String, String> FIELDS = Map.of("tier", "tier-form:tier", "unit", "tier-form:unit",
            "reason", "tier-form:reason");

    @Inject
    LinkageUnits units;

    @Inject
    UnitsBacking unitList;

    @Inject
    RoutingFeedback feedback;

    @Inject
    Messages messages;

    @Inject
    LanguageBacking language;

    private String unitCode;
    private Integer tier;
    private String reason;
    private String changed;

    public void change() {
        Tier target = tier == null ? null : Tier.of(tier);
        LinkageUnitView[] moved = new LinkageUnitView[1];
        if (feedback.attempt(() -> moved[0] = units.changeTier(unitCode, target, reason), FIELDS)) {
            changed = moved[0].code();
            messages.info("units.tierChanged", language.isEnglish() ? moved[0].nameEn() : moved[0].nameZh(),
                    moved[0].tier().number());
            unitList.reload();
            tier = null;
            reason = null;
        }
    }

    public Tier[] getTiers() {
        return Tier.values();
    }

    /** "第2梯队" / "Tier 2". */
    public String tierLabel(Tier choice) {
        return java.text.MessageFormat.format(messages.text("units.tierLabel", "{0}"), choice.number());
    }

    /** The unit just moved, whose tier history the page links to; null before a change. */
    public String getChanged() {
        return changed;
    }

    public String getUnitCode() {
        return unitCode;
    }

    public void setUnitCode(String unitCode) {
        this.unitCode = unitCode;
    }

    public Integer getTier() {
        return tier;
    }

    public void setTier(Integer tier) {
        this.tier = tier;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}

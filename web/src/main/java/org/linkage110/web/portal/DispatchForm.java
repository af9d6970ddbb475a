package org.linkage110.web.portal;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.linkage110.domain.DispatchMode;
import org.linkage110.domain.HandlingClass;
import org.linkage110.domain.InstructionLevel;
import org.linkage110.routing.DispatchDecision;
import org.linkage110.routing.OrderView;

/**
 * The dispatch form of an order's page: the proposal to begin with, then whatever the office
 * overrides (class, level, mode, lead unit, co-units) with the reason an override needs.
 */
public class DispatchForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private HandlingClass handlingClass;
    private InstructionLevel level;
    private DispatchMode dispatchMode;
    private String leadUnit;
    private List<String> coUnits = new ArrayList<>();
    private String reason;

    /** The proposal as it stands, with no reason: what 按建议派单 sends. */
    void fill(OrderView order) {
        handlingClass = order.proposal().handlingClass();
        level = order.proposal().level();
        dispatchMode = order.proposal().dispatchMode();
        leadUnit = order.proposedLead();
        coUnits = new ArrayList<>(order.proposedCoUnits());
        reason = null;
    }

    DispatchDecision decision() {
        return new DispatchDecision(handlingClass, level, dispatchMode, leadUnit, coUnits, reason);
    }

    public HandlingClass[] getHandlingClasses() {
        return HandlingClass.values();
    }

    public InstructionLevel[] getLevels() {
        return InstructionLevel.values();
    }

    public DispatchMode[] getDispatchModes() {
        return DispatchMode.values();
    }

    public HandlingClass getHandlingClass() {
        return handlingClass;
    }

    public void setHandlingClass(HandlingClass handlingClass) {
        this.handlingClass = handlingClass;
    }

    public InstructionLevel getLevel() {
        return level;
    }

    public void setLevel(InstructionLevel level) {
        this.level = level;
    }

    public DispatchMode getDispatchMode() {
        return dispatchMode;
    }

    public void setDispatchMode(DispatchMode dispatchMode) {
        this.dispatchMode = dispatchMode;
    }

    public String getLeadUnit() {
        return leadUnit;
    }

    public void setLeadUnit(String leadUnit) {
        this.leadUnit = leadUnit;
    }

    public List<String> getCoUnits() {
        return coUnits;
    }

    public void setCoUnits(List<String> coUnits) {
        this.coUnits = coUnits == null ? new ArrayList<>() : coUnits;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}

package org.linkage110.web.portal;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.linkage110.domain.DispatchMode;
import org.linkage110.domain.HandlingClass;
import org.linkage110.domain.InstructionLevel;
import org.linkage110.routing.DecisionRuleView;
import org.linkage110.routing.DecisionRules;
import org.linkage110.routing.RuleRevision;

/**
 * The decision table page: every rule with its reason for the office; ADMIN edits a rule (or
 * adds one) with a reason and sees each rule's history.
 */
@Named
@ViewScoped
public class RulesBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    DecisionRules rules;

    @Inject
    RoutingFeedback feedback;

    @Inject
    Messages messages;

    private String selected;
    private String id;
    private int priority;
    private String appliesTo = "*";
    private String onSceneDispute = "*";
    private String threatToSafety = "*";
    private String utilitiesHazard = "*";
    private String needsPoliceFirst = "*";
    private HandlingClass handlingClass = HandlingClass.SOURCE_DIVERSION;
    private InstructionLevel level = InstructionLevel.NON_URGENT;
    private DispatchMode dispatchMode = DispatchMode.TO_HOTLINE_12345;
    private String reason;
    private String reasonEn;
    private long version;
    private String why;

    public List<DecisionRuleView> getAll() {
        return rules.all();
    }

    public List<RuleRevision> getHistory() {
        return selected == null ? List.of() : rules.history(selected);
    }

    /** The selected rule's revisions, newest first, each as what it changed against the one before. */
    public List<RuleDiff.Revision> getChanges() {
        return RuleDiff.of(getHistory());
    }

    /** A field of a rule revision in the user's words ({@code rules.field.<name>}), or its name. */
    public String fieldLabel(String field) {
        return messages.text("rules.field." + field, field);
    }

    /** A field's value as the table shows it: a class, level or mode in words, anything else as it is. */
    public String valueText(String field, String value) {
        if (value == null) {
            return "";
        }
        return switch (field) {
            case "handling_class" -> messages.text("class." + value, value);
            case "dispatch_mode" -> messages.text("mode." + value, value);
            case "level" -> levelText(value);
            default -> value;
        };
    }

    private String levelText(String value) {
        try {
            return messages.text("level." + InstructionLevel.of(Integer.parseInt(value)).name(), value);
        } catch (IllegalArgumentException e) {
            return value;
        }
    }

    /** Loads a rule into the form. */
    public void edit(DecisionRuleView rule) {
        selected = rule.id();
        id = rule.id();
        priority = rule.priority();
        appliesTo = rule.appliesTo();
        onSceneDispute = rule.onSceneDispute();
        threatToSafety = rule.threatToSafety();
        utilitiesHazard = rule.utilitiesHazard();
        needsPoliceFirst = rule.needsPoliceFirst();
        handlingClass = rule.handlingClass();
        level = rule.level();
        dispatchMode = rule.dispatchMode();
        reason = rule.reason();
        reasonEn = rule.reasonEn();
        version = rule.version();
        why = null;
    }

    public void save() {
        DecisionRuleView edited = new DecisionRuleView(id, priority, appliesTo, onSceneDispute, threatToSafety,
                utilitiesHazard, needsPoliceFirst, handlingClass, level, dispatchMode, reason, reasonEn, version, null, null);
        if (feedback.attempt(() -> {
            DecisionRuleView saved = rules.save(edited, why);
            edit(saved);
        })) {
            messages.info("rules.saved");
        }
    }

    public String[] getFlagValues() {
        return new String[] {"*", "Y", "N"};
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

    public String getSelected() {
        return selected;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public int getPriority() {
        return priority;
    }

    public void setPriority(int priority) {
        this.priority = priority;
    }

    public String getAppliesTo() {
        return appliesTo;
    }

    public void setAppliesTo(String appliesTo) {
        this.appliesTo = appliesTo;
    }

    public String getOnSceneDispute() {
        return onSceneDispute;
    }

    public void setOnSceneDispute(String onSceneDispute) {
        this.onSceneDispute = onSceneDispute;
    }

    public String getThreatToSafety() {
        return threatToSafety;
    }

    public void setThreatToSafety(String threatToSafety) {
        this.threatToSafety = threatToSafety;
    }

    public String getUtilitiesHazard() {
        return utilitiesHazard;
    }

    public void setUtilitiesHazard(String utilitiesHazard) {
        this.utilitiesHazard = utilitiesHazard;
    }

    public String getNeedsPoliceFirst() {
        return needsPoliceFirst;
    }

    public void setNeedsPoliceFirst(String needsPoliceFirst) {
        this.needsPoliceFirst = needsPoliceFirst;
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

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getReasonEn() {
        return reasonEn;
    }

    public void setReasonEn(String reasonEn) {
        this.reasonEn = reasonEn;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }

    public String getWhy() {
        return why;
    }

    public void setWhy(String why) {
        this.why = why;
    }
}

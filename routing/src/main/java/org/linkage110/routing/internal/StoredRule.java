package org.linkage110.routing.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Map;
import org.linkage110.domain.DispatchMode;
import org.linkage110.domain.HandlingClass;
import org.linkage110.domain.InstructionLevel;
import org.linkage110.routing.DecisionRuleView;

/** A row of the decision table as stored; {@link DecisionRule} is what assessment reads. */
@Entity
@Table(name = "routing_decision_rule")
@NamedQuery(name = StoredRule.ALL, query = "select r from StoredRule r order by r.priority")
public class StoredRule {

    public static final String ALL = "StoredRule.all";

    @Id
    @Column(name = "rule_id", length = 40)
    private String id;

    @Version
    private long version;

    private int priority;

    @Column(name = "applies_to", nullable = false, length = 6)
    private String appliesTo;

    @Column(name = "on_scene_dispute", nullable = false, length = 1)
    private String onSceneDispute;

    @Column(name = "threat_to_safety", nullable = false, length = 1)
    private String threatToSafety;

    @Column(name = "utilities_hazard", nullable = false, length = 1)
    private String utilitiesHazard;

    @Column(name = "needs_police_first", nullable = false, length = 1)
    private String needsPoliceFirst;

    @Column(name = "handling_class", nullable = false, length = 20)
    private String handlingClass;

    private int level;

    @Column(name = "dispatch_mode", nullable = false, length = 20)
    private String dispatchMode;

    @Column(name = "reason_zh", nullable = false, length = 500)
    private String reason;

    @Column(name = "reason_en", length = 500)
    private String reasonEn;

    @Column(name = "updated_by", nullable = false, length = 100)
    private String updatedBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected StoredRule() {
    }

    StoredRule(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public long version() {
        return version;
    }

    public DecisionRule toRule() {
        Map<String, String> row = new java.util.HashMap<>(Map.ofEntries(Map.entry("rule_id", id),
                Map.entry("priority", Integer.toString(priority)),
                Map.entry("applies_to", appliesTo), Map.entry("on_scene_dispute", onSceneDispute),
                Map.entry("threat_to_safety", threatToSafety), Map.entry("utilities_hazard", utilitiesHazard),
                Map.entry("needs_police_first", needsPoliceFirst), Map.entry("handling_class", handlingClass),
                Map.entry("level", Integer.toString(level)), Map.entry("dispatch_mode", dispatchMode),
                Map.entry("reason_zh", reason)));
        row.put("reason_en", reasonEn);
        return DecisionRule.of(row);
    }

    /** Takes the content of the rule (already checked as part of a valid table). */
    void take(DecisionRule rule, String by, Instant at) {
        Map<String, String> row = rule.toRow();
        priority = rule.priority();
        appliesTo = row.get("applies_to");
        onSceneDispute = row.get("on_scene_dispute");
        threatToSafety = row.get("threat_to_safety");
        utilitiesHazard = row.get("utilities_hazard");
        needsPoliceFirst = row.get("needs_police_first");
        handlingClass = rule.handlingClass().name();
        level = rule.level().number();
        dispatchMode = rule.dispatchMode().name();
        reason = rule.reason();
        reasonEn = rule.reasonEn();
        updatedBy = by;
        updatedAt = at;
    }

    public DecisionRuleView toView() {
        return new DecisionRuleView(id, priority, appliesTo, onSceneDispute, threatToSafety, utilitiesHazard,
                needsPoliceFirst, HandlingClass.valueOf(handlingClass), InstructionLevel.of(level),
                DispatchMode.valueOf(dispatchMode), reason, reasonEn, version, updatedBy, updatedAt);
    }
}

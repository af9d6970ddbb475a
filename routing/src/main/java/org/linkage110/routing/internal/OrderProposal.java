package org.linkage110.routing.internal;

import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import org.linkage110.domain.DispatchMode;
import org.linkage110.domain.HandlingClass;
import org.linkage110.domain.InstructionLevel;
import org.linkage110.domain.event.IncidentRecorded;
import org.linkage110.intake.CallFlag;
import org.linkage110.routing.Assessment;
import org.linkage110.routing.DispatchDecision;

/**
 * What the decision table proposed for an order, and what the proposal rests on: the flags read
 * from the call beside those given, the suspicion of police business, the reading kept as JSON,
 * and the units chosen. Part of {@link RoutingOrder}, in its own columns.
 */
@Embeddable
public class OrderProposal {

    @Column(name = "inferred_on_scene_dispute")
    private boolean inferredOnSceneDispute;

    @Column(name = "inferred_threat_to_safety")
    private boolean inferredThreatToSafety;

    @Column(name = "inferred_utilities_hazard")
    private boolean inferredUtilitiesHazard;

    @Column(name = "inferred_needs_police_first")
    private boolean inferredNeedsPoliceFirst;

    @Column(name = "suspected_police")
    private boolean suspectedPolice;

    @Column(name = "call_reading", columnDefinition = "TEXT")
    private String callReading;

    @Column(name = "proposed_rule", nullable = false, length = 40)
    private String proposedRule;

    @Column(name = "proposed_reason", nullable = false, length = 500)
    private String proposedReason;

    @Column(name = "proposed_reason_en", length = 500)
    private String proposedReasonEn;

    @Enumerated(EnumType.STRING)
    @Column(name = "proposed_class", nullable = false, length = 20)
    private HandlingClass proposedClass;

    @Column(name = "proposed_level")
    private int proposedLevel;

    @Enumerated(EnumType.STRING)
    @Column(name = "proposed_mode", nullable = false, length = 20)
    private DispatchMode proposedMode;

    @Column(name = "proposed_lead", length = 40)
    private String proposedLead;

    @Column(name = "proposed_co_units", nullable = false, length = 500)
    private String proposedCoUnits;

    protected OrderProposal() {
    }

    static OrderProposal of(Assessment proposal, UnitChoice units, ProposalBasis basis) {
        OrderProposal made = new OrderProposal();
        made.inferredOnSceneDispute = basis.inferred(CallFlag.ON_SCENE_DISPUTE);
        made.inferredThreatToSafety = basis.inferred(CallFlag.THREAT_TO_SAFETY);
        made.inferredUtilitiesHazard = basis.inferred(CallFlag.UTILITIES_HAZARD);
        made.inferredNeedsPoliceFirst = basis.inferred(CallFlag.NEEDS_POLICE_FIRST);
        made.suspectedPolice = basis.police().suspected();
        made.callReading = basis.toJson();
        made.proposedRule = proposal.ruleId();
        made.proposedReason = proposal.reason();
        made.proposedReasonEn = proposal.reasonEn();
        made.proposedClass = proposal.handlingClass();
        made.proposedLevel = proposal.level().number();
        made.proposedMode = proposal.dispatchMode();
        made.choose(units);
        return made;
    }

    /** What the proposal rests on, beside the flags the call was given. */
    ProposalBasis basis(IncidentRecorded.Flags given) {
        return ProposalBasis.fromJson(given, callReading);
    }

    Assessment assessment(IncidentRecorded.Flags given) {
        ProposalBasis basis = basis(given);
        return new Assessment(proposedClass, InstructionLevel.of(proposedLevel), proposedMode, proposedRule,
                proposedReason, proposedReasonEn, basis.flags(), basis.escalation(), suspectedPolice, basis.police().reason(),
                basis.police().evidence(), basis.suggestions());
    }

    /** The proposal says 疑似警务警情. */
    boolean suspectedPolice() {
        return suspectedPolice;
    }

    String lead() {
        return proposedLead;
    }

    List<String> coUnits() {
        return proposedCoUnits.isEmpty() ? List.of() : Arrays.asList(proposedCoUnits.split(","));
    }

    /** Whether the decision differs from the proposal in anything. */
    boolean differsFrom(DispatchDecision decision) {
        return decision.handlingClass() != proposedClass || decision.level().number() != proposedLevel
                || decision.dispatchMode() != proposedMode || !Objects.equals(decision.leadUnit(), proposedLead)
                || !new HashSet<>(decision.coUnits()).equals(new HashSet<>(coUnits()));
    }

    /** After the lead sent the order back: propose what was decided last time, with other units. */
    void reproposeAsDecided(HandlingClass handlingClass, int level, DispatchMode mode, UnitChoice units) {
        proposedClass = handlingClass;
        proposedLevel = level;
        proposedMode = mode;
        choose(units);
    }

    private void choose(UnitChoice units) {
        proposedLead = units.lead();
        proposedCoUnits = String.join(",", units.coUnits());
    }

    /** The proposal's part of the order's audited state. */
    void addTo(JsonObjectBuilder json) {
        json.add("proposedRule", proposedRule)
                .add("proposedClass", proposedClass.name())
                .add("proposedLevel", proposedLevel)
                .add("proposedMode", proposedMode.name())
                .add("proposedLead", proposedLead == null ? "" : proposedLead)
                .add("proposedCoUnits", proposedCoUnits);
    }
}

package org.linkage110.routing.internal;

import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.linkage110.domain.DispatchMode;
import org.linkage110.domain.FieldLimits;
import org.linkage110.domain.HandlingClass;
import org.linkage110.domain.IncidentSource;
import org.linkage110.domain.InstructionLevel;
import org.linkage110.domain.event.IncidentRecorded;
import org.linkage110.intake.CallFlag;
import org.linkage110.platform.Jsons;
import org.linkage110.routing.Assessment;
import org.linkage110.routing.DispatchDecision;
import org.linkage110.routing.IllegalMoveException;
import org.linkage110.routing.OrderLifecycle;
import org.linkage110.routing.OrderMove;
import org.linkage110.routing.OrderStatus;
import org.linkage110.routing.OrderView;
import org.linkage110.routing.TaskView;

/**
 * An order in routing: the call as the units are sent it, the proposal of the decision table,
 * and the office's decision. The identity is intake's incident id.
 */
@Entity
@Table(name = "routing_order")
@NamedQuery(name = RoutingOrder.CLOSED_BETWEEN, query = "select o from RoutingOrder o where o.status = "
        + "org.linkage110.routing.OrderStatus.CLOSED and o.closedAt >= :from and o.closedAt < :to order by o.incidentId")
@NamedQuery(name = RoutingOrder.OPEN_SINCE, query = "select o from RoutingOrder o where o.status in :statuses "
        + "and o.receivedAt <= :by and o.incidentId > :after order by o.incidentId")
@NamedQuery(name = RoutingOrder.WAITING, query = "select o from RoutingOrder o where o.status in :statuses "
        + "order by o.receivedAt desc")
public class RoutingOrder {

    public static final String WAITING = "RoutingOrder.waiting";
    public static final String OPEN_SINCE = "RoutingOrder.openSince";
    public static final String CLOSED_BETWEEN = "RoutingOrder.closedBetween";

    @Id
    @Column(name = "incident_id")
    private long incidentId;

    @Version
    private long version;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private OrderStatus status;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private IncidentSource source;

    @Column(name = "external_number", length = 64)
    private String externalNumber;

    @Column(name = "received_at", nullable = false)
    private Instant receivedAt;

    @Column(name = "caller_name", length = 100)
    private String callerName;

    @Column(name = "caller_phone", length = 30)
    private String callerPhone;

    @Column(nullable = false, length = FieldLimits.ADDRESS)
    private String address;

    @Column(name = "grid_code", length = 50)
    private String gridCode;

    @Column(name = "sub_district", length = 40)
    private String subDistrict;

    @Column(nullable = false, columnDefinition = "TEXT")
    private String description;

    @Column(name = "item_code", length = 6)
    private String itemCode;

    @Column(name = "on_scene_dispute")
    private boolean onSceneDispute;

    @Column(name = "threat_to_safety")
    private boolean threatToSafety;

    @Column(name = "utilities_hazard")
    private boolean utilitiesHazard;

    @Column(name = "needs_police_first")
    private boolean needsPoliceFirst;

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

    @Column(name = "police_dispatch_reason", columnDefinition = "TEXT")
    private String policeDispatchReason;

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

    @Enumerated(EnumType.STRING)
    @Column(name = "handling_class", length = 20)
    private HandlingClass handlingClass;

    private Integer level;

    @Enumerated(EnumType.STRING)
    @Column(name = "dispatch_mode", length = 20)
    private DispatchMode dispatchMode;

    @Column(name = "lead_unit", length = 40)
    private String leadUnit;

    private boolean overridden;

    @Column(name = "override_reason", columnDefinition = "TEXT")
    private String overrideReason;

    @Column(name = "assessed_by", length = 100)
    private String assessedBy;

    @Column(name = "assessed_at")
    private Instant assessedAt;

    @Column(name = "dispatch_round")
    private int dispatchRound;

    @Column(name = "result_round")
    private int resultRound;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "co_units", nullable = false, length = 500)
    private String coUnits = "";

    @Column(name = "returned_by", nullable = false, length = 500)
    private String returnedBy = "";

    @Column(name = "last_return_reason", columnDefinition = "TEXT")
    private String lastReturnReason;

    protected RoutingOrder() {
    }

    /** A new order with the table's proposal, what it rests on, and the units chosen for it. */
    static RoutingOrder propose(IncidentRecorded recorded, String subDistrict, Assessment proposal, UnitChoice units,
                                ProposalBasis basis) {
        RoutingOrder order = new RoutingOrder();
        order.incidentId = recorded.incident().value();
        order.status = OrderStatus.RECEIVED;
        order.source = recorded.source();
        order.externalNumber = recorded.externalNumber();
        order.receivedAt = recorded.receivedAt();
        order.callerName = recorded.callerName();
        order.callerPhone = recorded.callerPhone();
        order.address = recorded.address();
        order.gridCode = recorded.gridCode();
        order.subDistrict = subDistrict;
        order.description = recorded.description();
        order.itemCode = recorded.categoryCode();
        order.onSceneDispute = recorded.flags().onSceneDispute();
        order.threatToSafety = recorded.flags().threatToSafety();
        order.utilitiesHazard = recorded.flags().utilitiesHazard();
        order.needsPoliceFirst = recorded.flags().needsPoliceFirst();
        order.inferredOnSceneDispute = basis.inferred(CallFlag.ON_SCENE_DISPUTE);
        order.inferredThreatToSafety = basis.inferred(CallFlag.THREAT_TO_SAFETY);
        order.inferredUtilitiesHazard = basis.inferred(CallFlag.UTILITIES_HAZARD);
        order.inferredNeedsPoliceFirst = basis.inferred(CallFlag.NEEDS_POLICE_FIRST);
        order.suspectedPolice = basis.police().suspected();
        order.callReading = basis.toJson();
        order.proposedRule = proposal.ruleId();
        order.proposedReason = proposal.reason();
        order.proposedReasonEn = proposal.reasonEn();
        order.proposedClass = proposal.handlingClass();
        order.proposedLevel = proposal.level().number();
        order.proposedMode = proposal.dispatchMode();
        order.proposedLead = units.lead();
        order.proposedCoUnits = String.join(",", units.coUnits());
        order.move(OrderMove.PROPOSE);
        return order;
    }

    /** Takes a move of the lifecycle table, or refuses it (409) when the order's status does not allow it. */
    private void move(OrderMove move) {
        status = OrderLifecycle.next(status, move).orElseThrow(() -> IllegalMoveException.illegal(
                move + " is not allowed while the order is " + status));
    }

    /** What the proposal rests on: the given flags and the reading kept with the order. */
    public ProposalBasis basis() {
        return ProposalBasis.fromJson(new IncidentRecorded.Flags(onSceneDispute, threatToSafety, utilitiesHazard,
                needsPoliceFirst), callReading);
    }

    public Assessment proposal() {
        ProposalBasis basis = basis();
        return new Assessment(proposedClass, InstructionLevel.of(proposedLevel), proposedMode, proposedRule,
                proposedReason, proposedReasonEn, basis.flags(), basis.escalation(), suspectedPolice, basis.police().reason(),
                basis.police().evidence(), basis.suggestions());
    }

    /** The proposal says 疑似警务警情: a dispatch needs a reason. */
    public boolean suspectedPoliceBusiness() {
        return suspectedPolice;
    }

    public List<String> proposedCoUnitList() {
        return proposedCoUnits.isEmpty() ? List.of() : Arrays.asList(proposedCoUnits.split(","));
    }

    /** Whether the decision differs from the proposal in anything. */
    boolean differsFromProposal(DispatchDecision decision) {
        return decision.handlingClass() != proposedClass || decision.level().number() != proposedLevel
                || decision.dispatchMode() != proposedMode || !java.util.Objects.equals(decision.leadUnit(), proposedLead)
                || !new java.util.HashSet<>(decision.coUnits()).equals(new java.util.HashSet<>(proposedCoUnitList()));
    }

    /**
     * The office's decision: dispatched to units, or diverted to 12345. An order a sub-district
     * leads counts under that sub-district from now on ({@code handledBy}), wherever the address
     * first placed it.
     */
    void dispatch(DispatchDecision decision, boolean override, String by, Instant at, String handledBy) {
        move(decision.dispatchMode() == DispatchMode.TO_HOTLINE_12345 ? OrderMove.DIVERT : OrderMove.DISPATCH);
        handlingClass = decision.handlingClass();
        level = decision.level().number();
        dispatchMode = decision.dispatchMode();
        leadUnit = decision.leadUnit();
        coUnits = String.join(",", decision.coUnits());
        overridden = override;
        overrideReason = override ? decision.reason() : null;
        policeDispatchReason = suspectedPolice ? decision.reason() : null;
        assessedBy = by;
        assessedAt = at;
        dispatchRound++;
        if (handledBy != null) {
            subDistrict = handledBy;
        }
    }

    /** A unit (or 12345) signed for its instruction: handling has started. */
    void startHandling() {
        move(OrderMove.START_HANDLING);
    }

    /**
     * The lead unit sent its instruction back: the office reassesses. What it proposes now is what
     * it decided last time, with other units.
     */
    void leadReturned(String unit, String reason, UnitChoice nextProposal) {
        move(OrderMove.LEAD_RETURNED);
        noteReturn(unit, reason);
        proposedClass = handlingClass;
        proposedLevel = level;
        proposedMode = dispatchMode;
        proposedLead = nextProposal.lead();
        proposedCoUnits = String.join(",", nextProposal.coUnits());
    }

    /** A co-unit sent its instruction back; the lead and the others go on. */
    void coUnitReturned(String unit, String reason) {
        if (!status.dispatched()) {
            throw IllegalMoveException.illegal("nothing to return while the order is " + status);
        }
        noteReturn(unit, reason);
    }

    private void noteReturn(String unit, String reason) {
        if (!returnedUnits().contains(unit)) {
            returnedBy = returnedBy.isEmpty() ? unit : returnedBy + "," + unit;
        }
        lastReturnReason = unit + ": " + reason;
    }

    void resultsIn() {
        move(OrderMove.RESULTS_IN);
    }

    void moreWork() {
        move(OrderMove.MORE_WORK);
    }

    void sendToPolice(Instant at) {
        move(OrderMove.SEND_TO_POLICE);
        closedAt = at;
    }

    /** Closes the order; returns the number of this result (1, or more after reopening). */
    int close(Instant at) {
        move(OrderMove.CLOSE);
        closedAt = at;
        return ++resultRound;
    }

    void reopen() {
        move(OrderMove.REOPEN);
        closedAt = null;
    }

    /** The units that sent this order back in any round. */
    public List<String> returnedUnits() {
        return returnedBy.isEmpty() ? List.of() : Arrays.asList(returnedBy.split(","));
    }

    public List<String> coUnitList() {
        return coUnits.isEmpty() ? List.of() : Arrays.asList(coUnits.split(","));
    }

    public int resultRound() {
        return resultRound;
    }

    public String gridCode() {
        return gridCode;
    }

    public long incidentId() {
        return incidentId;
    }

    public long version() {
        return version;
    }

    public OrderStatus status() {
        return status;
    }

    public IncidentSource source() {
        return source;
    }

    public String externalNumber() {
        return externalNumber;
    }

    public String itemCode() {
        return itemCode;
    }

    public String subDistrict() {
        return subDistrict;
    }

    public HandlingClass handlingClass() {
        return handlingClass;
    }

    public InstructionLevel level() {
        return level == null ? null : InstructionLevel.of(level);
    }

    public DispatchMode dispatchMode() {
        return dispatchMode;
    }

    public String leadUnit() {
        return leadUnit;
    }

    public Instant closedAt() {
        return closedAt;
    }

    public int dispatchRound() {
        return dispatchRound;
    }

    public TaskView task() {
        return new TaskView(receivedAt, callerName, callerPhone, address, itemCode, description);
    }

    public OrderView toView() {
        return new OrderView(incidentId, version, status, source, receivedAt, address, subDistrict, itemCode, proposal(),
                proposedLead, proposedCoUnitList(), handlingClass, level(), dispatchMode, leadUnit, coUnitList(), overridden,
                overrideReason, assessedBy, assessedAt, returnedUnits(), lastReturnReason, policeDispatchReason);
    }

    public String toJson() {
        JsonObjectBuilder json = Jsons.createObjectBuilder()
                .add("status", status.name())
                .add("proposedRule", proposedRule)
                .add("proposedClass", proposedClass.name())
                .add("proposedLevel", proposedLevel)
                .add("proposedMode", proposedMode.name())
                .add("proposedLead", proposedLead == null ? "" : proposedLead)
                .add("proposedCoUnits", proposedCoUnits)
                .add("overridden", overridden)
                .add("dispatchRound", dispatchRound)
                .add("returnedBy", returnedBy);
        if (handlingClass != null) {
            json.add("handlingClass", handlingClass.name()).add("level", level).add("dispatchMode", dispatchMode.name())
                    .add("leadUnit", leadUnit == null ? "" : leadUnit).add("coUnits", coUnits);
        }
        if (overrideReason != null) {
            json.add("overrideReason", overrideReason);
        }
        if (suspectedPolice) {
            json.add("suspectedPoliceBusiness", true);
        }
        if (policeDispatchReason != null) {
            json.add("policeDispatchReason", policeDispatchReason);
        }
        return json.build().toString();
    }
}

package org.linkage110.routing.internal;

import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
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
import org.linkage110.domain.HandlingClass;
import org.linkage110.domain.IncidentSource;
import org.linkage110.domain.InstructionLevel;
import org.linkage110.domain.event.IncidentRecorded;
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

    @Embedded
    private OrderCall call;

    @Column(name = "sub_district", length = 40)
    private String subDistrict;

    @Embedded
    private OrderProposal proposal;

    @Embedded
    private OfficeDecision decision = new OfficeDecision();

    @Column(name = "dispatch_round")
    private int dispatchRound;

    @Column(name = "result_round")
    private int resultRound;

    @Column(name = "closed_at")
    private Instant closedAt;

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
        order.call = OrderCall.of(recorded);
        order.subDistrict = subDistrict;
        order.proposal = OrderProposal.of(proposal, units, basis);
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
        return proposal.basis(call.givenFlags());
    }

    public Assessment proposal() {
        return proposal.assessment(call.givenFlags());
    }

    /** The proposal says 疑似警务警情: a dispatch needs a reason. */
    public boolean suspectedPoliceBusiness() {
        return proposal.suspectedPolice();
    }

    public List<String> proposedCoUnitList() {
        return proposal.coUnits();
    }

    /** Whether the decision differs from the proposal in anything. */
    boolean differsFromProposal(DispatchDecision decision) {
        return proposal.differsFrom(decision);
    }

    /**
     * The office's decision: dispatched to units, or diverted to 12345. An order a sub-district
     * leads counts under that sub-district from now on ({@code handledBy}), wherever the address
     * first placed it.
     */
    void dispatch(DispatchDecision decision, boolean override, String by, Instant at, String handledBy) {
        move(decision.dispatchMode() == DispatchMode.TO_HOTLINE_12345 ? OrderMove.DIVERT : OrderMove.DISPATCH);
        this.decision.take(decision, override, proposal.suspectedPolice(), by, at);
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
        proposal.reproposeAsDecided(decision.handlingClass(), decision.levelNumber(), decision.dispatchMode(),
                nextProposal);
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
        return decision.coUnits();
    }

    public int resultRound() {
        return resultRound;
    }

    public String gridCode() {
        return call.gridCode();
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
        return call.itemCode();
    }

    public String subDistrict() {
        return subDistrict;
    }

    public HandlingClass handlingClass() {
        return decision.handlingClass();
    }

    public InstructionLevel level() {
        return decision.level();
    }

    public DispatchMode dispatchMode() {
        return decision.dispatchMode();
    }

    public String leadUnit() {
        return decision.leadUnit();
    }

    public Instant closedAt() {
        return closedAt;
    }

    public int dispatchRound() {
        return dispatchRound;
    }

    public TaskView task() {
        return call.task(receivedAt);
    }

    public OrderView toView() {
        return new OrderView(incidentId, version, status, source, receivedAt, call.address(), subDistrict, call.itemCode(), proposal(),
                proposal.lead(), proposedCoUnitList(), decision.handlingClass(), decision.level(), decision.dispatchMode(),
                decision.leadUnit(), decision.coUnits(), decision.overridden(), decision.overrideReason(), decision.assessedBy(),
                decision.assessedAt(), returnedUnits(), lastReturnReason, decision.policeDispatchReason());
    }

    public String toJson() {
        JsonObjectBuilder json = Jsons.createObjectBuilder().add("status", status.name());
        proposal.addTo(json);
        decision.addTo(json);
        json.add("dispatchRound", dispatchRound).add("returnedBy", returnedBy);
        if (proposal.suspectedPolice()) {
            json.add("suspectedPoliceBusiness", true);
        }
        if (decision.policeDispatchReason() != null) {
            json.add("policeDispatchReason", decision.policeDispatchReason());
        }
        return json.build().toString();
    }
}

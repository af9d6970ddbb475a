package org.linkage110.routing;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.linkage110.domain.Role;
import org.linkage110.routing.HandlingRecordView.Kind;
import org.linkage110.routing.internal.HandlingRecord;
import org.linkage110.routing.internal.Dispatching;
import org.linkage110.routing.internal.HandlingViews;
import org.linkage110.routing.internal.OfficeDecisions;
import org.linkage110.routing.internal.OrderBook;
import org.linkage110.routing.internal.Instruction;
import org.linkage110.routing.internal.RoutingOrder;

/**
 * The office's side of routing: the proposal for each order, dispatching it (as proposed or
 * overridden, with a reason), sending police business back to 110, deciding units' requests,
 * confirming results (which reports them back) and reopening.
 */
@Stateless
@DeclareRoles({Role.Names.DISPATCHER, Role.Names.SUPERVISOR, Role.Names.ADMIN})
@RolesAllowed({Role.Names.DISPATCHER, Role.Names.SUPERVISOR, Role.Names.ADMIN})
public class Orders {

    @PersistenceContext(unitName = "routing")
    EntityManager em;

    @Inject
    OrderBook book;

    @Inject
    HandlingViews views;

    @Inject
    Dispatching dispatching;

    @Inject
    OfficeDecisions decisions;

    public Optional<OrderView> find(long incidentId) {
        return Optional.ofNullable(em.find(RoutingOrder.class, incidentId)).map(RoutingOrder::toView);
    }

    /** Orders waiting for the office: new ones and those whose lead returned them, newest first. */
    public List<OrderView> awaitingAssessment(@Min(1) @Max(500) int max) {
        return em.createNamedQuery(RoutingOrder.WAITING, RoutingOrder.class)
                .setParameter("statuses", EnumSet.of(OrderStatus.AWAITING_ASSESSMENT, OrderStatus.NEEDS_REASSESSMENT))
                .setMaxResults(max).getResultStream().map(RoutingOrder::toView).toList();
    }

    /** Every instruction of the order, across all units and dispatch rounds. */
    public List<InstructionView> instructionsOf(long incidentId) {
        return views.views(book.instructionsOf(incidentId));
    }

    public List<HandlingRecordView> recordsOf(long incidentId) {
        return book.recordsOf(book.instructionsOf(incidentId).stream().map(Instruction::id).toList()).stream()
                .map(HandlingRecord::toView).toList();
    }

    /** Extension requests and requests for more units waiting for a decision, oldest first. */
    public List<HandlingRecordView> pendingRequests(@Min(1) @Max(500) int max) {
        return em.createNamedQuery(HandlingRecord.PENDING, HandlingRecord.class)
                .setParameter("kinds", EnumSet.of(Kind.EXTENSION, Kind.MORE_UNITS)).setMaxResults(max)
                .getResultStream().map(HandlingRecord::toView).toList();
    }

    @RolesAllowed({Role.Names.DISPATCHER, Role.Names.SUPERVISOR})
    public List<InstructionView> dispatch(long incidentId, @NotNull DispatchDecision decision, Long expectedVersion) {
        return views.views(dispatching.dispatch(incidentId, decision, expectedVersion));
    }

    @RolesAllowed({Role.Names.DISPATCHER, Role.Names.SUPERVISOR})
    public void sendToPolice(long incidentId, String reason, Long expectedVersion) {
        dispatching.sendToPolice(incidentId, reason, expectedVersion);
    }

    @RolesAllowed({Role.Names.DISPATCHER, Role.Names.SUPERVISOR})
    public HandlingRecordView decide(long recordId, boolean accept, String note) {
        return decisions.decide(recordId, accept, note).toView();
    }

    @RolesAllowed({Role.Names.DISPATCHER, Role.Names.SUPERVISOR})
    public InstructionView confirm(long instructionId, Long expectedVersion) {
        return views.view(decisions.confirm(instructionId, expectedVersion));
    }

    /** Used by supervision's callbacks too: the same unit handles the order again. */
    @RolesAllowed({Role.Names.DISPATCHER, Role.Names.SUPERVISOR})
    public InstructionView reopen(long instructionId, String reason) {
        return views.view(decisions.reopen(instructionId, reason));
    }
}

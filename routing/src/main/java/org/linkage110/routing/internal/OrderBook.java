package org.linkage110.routing.internal;

import org.linkage110.intake.CommonProblem;
import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PessimisticLockException;
import java.security.Principal;
import java.util.List;
import org.linkage110.domain.Role;
import org.linkage110.domain.event.OrderChanged;
import org.linkage110.platform.AuditTrail;
import org.linkage110.routing.IllegalMoveException;
import org.linkage110.routing.NotFoundInRoutingException;
import org.linkage110.routing.RoutingRefusedException;

/**
 * Where the handling use cases find what they work on: orders, instructions, their stages and
 * records, units, drills; and the checks they share: the version the caller saw, a concurrent
 * change turned into a conflict, who is acting.
 */
@Stateless
@DeclareRoles({Role.Names.AGENCY, Role.Names.UNIT_HEAD})
public class OrderBook {

    @PersistenceContext(unitName = "routing")
    EntityManager em;

    @Resource
    SessionContext session;

    @Inject
    Event<OrderChanged> changed;

    /**
     * The order, an instruction or a stage of it moved in this transaction: the order's next
     * deadline is set anew from its stages now, in this transaction ({@link NextDeadline}), and
     * supervision recomputes the order's daily facts once it has committed.
     */
    public void changed(long incidentId) {
        flush();
        NextDeadline.recompute(em, incidentId);
        changed.fire(OrderChanged.of(incidentId));
    }

    /**
     * The unit moved to another tier in this transaction: every order whose figures count it under
     * the unit's tier of the day — led by it and with no standing lead instruction, which would
     * keep the tier it was sent with (FigureSource) — is recomputed once this commits.
     */
    public void tierChanged(String unitCode) {
        List<?> orders = em.createNativeQuery("SELECT o.incident_id FROM routing_order o WHERE o.lead_unit = ? "
                + "AND NOT EXISTS (SELECT 1 FROM routing_instruction i WHERE i.incident_id = o.incident_id "
                + "AND i.role = 'LEAD' AND i.status <> 'RETURNED')").setParameter(1, unitCode).getResultList();
        // their stages did not move: only their figures are recomputed
        orders.forEach(id -> changed.fire(OrderChanged.of(((Number) id).longValue())));
    }

    /**
     * The order to change, locked until the transaction ends. Every change of an order, of its
     * instructions or of their stages asks for it before it writes anything, so the changes of one
     * order take turns: none waits for another's stages while holding its own (the next deadline
     * reads every stage of the order at the end), and each reads what the one before it left.
     */
    public RoutingOrder order(long incidentId) {
        RoutingOrder order;
        try {
            order = em.find(RoutingOrder.class, incidentId, LockModeType.PESSIMISTIC_WRITE);
        } catch (OptimisticLockException | PessimisticLockException | LockTimeoutException e) {
            throw new IllegalMoveException("changed by someone else at the same moment; read it again", true);
        }
        if (order == null) {
            throw new NotFoundInRoutingException("order", incidentId);
        }
        return order;
    }

    public Instruction instruction(long id) {
        Instruction instruction = em.find(Instruction.class, id);
        if (instruction == null) {
            throw new NotFoundInRoutingException("instruction", id);
        }
        return instruction;
    }

    /** An active linkage unit, or a refusal naming the field. */
    public LinkageUnit unit(String code) {
        LinkageUnit unit = code == null ? null : em.find(LinkageUnit.class, code);
        if (unit == null) {
            throw RoutingRefusedException.of("unit", CommonProblem.NO_UNIT, code);
        }
        return unit;
    }

    /** The unit, if the code names one that is active. */
    public LinkageUnit activeUnitOrNull(String code) {
        LinkageUnit unit = code == null ? null : em.find(LinkageUnit.class, code);
        return unit == null || !unit.active() ? null : unit;
    }

    public List<Instruction> instructionsOf(long incidentId) {
        return em.createNamedQuery(Instruction.OF_ORDER, Instruction.class).setParameter("order", incidentId)
                .getResultList();
    }

    public List<InstructionStage> stagesOf(List<Long> instructionIds) {
        if (instructionIds.isEmpty()) {
            return List.of();
        }
        return em.createNamedQuery(InstructionStage.OF_INSTRUCTIONS, InstructionStage.class)
                .setParameter("ids", instructionIds).getResultList();
    }

    public List<HandlingRecord> recordsOf(List<Long> instructionIds) {
        if (instructionIds.isEmpty()) {
            return List.of();
        }
        return em.createNamedQuery(HandlingRecord.OF_INSTRUCTIONS, HandlingRecord.class)
                .setParameter("ids", instructionIds).getResultList();
    }

    /** A simulated alert: nothing about it leaves the platform. */
    public boolean drill(long incidentId) {
        return em.find(DrillOrder.class, incidentId) != null;
    }

    public void persist(Object entity) {
        em.persist(entity);
    }

    /** Writes now; a concurrent change of the same row becomes a 409 the caller can retry after reading again. */
    public void flush() {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new IllegalMoveException("changed by someone else at the same moment; read it again", true);
        }
    }

    public static void expect(Long expected, long actual) {
        if (expected != null && expected != actual) {
            throw IllegalMoveException.staleVersion(expected, actual);
        }
    }

    public String actor() {
        Principal caller = session.getCallerPrincipal();
        return caller == null || caller.getName() == null || "ANONYMOUS".equals(caller.getName())
                ? AuditTrail.SYSTEM : caller.getName();
    }

    public boolean callerIs(String role) {
        return session.isCallerInRole(role);
    }

    public EntityManager em() {
        return em;
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}

package org.linkage110.routing;

import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.SessionContext;
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
import java.util.Set;
import org.linkage110.domain.Role;
import org.linkage110.platform.Accounts;
import org.linkage110.platform.AccountView;
import org.linkage110.platform.ApiClientView;
import org.linkage110.platform.Outbox;
import org.linkage110.routing.internal.ActionGuard;
import org.linkage110.routing.internal.HandlingRecords;
import org.linkage110.routing.internal.HandlingViews;
import org.linkage110.routing.internal.OrderBook;
import org.linkage110.routing.internal.UnitActions;
import org.linkage110.routing.internal.HandlingRecord;
import org.linkage110.routing.internal.Instruction;

/**
 * A handling party's instructions: a linkage unit's (its operators in the portal, its own system
 * over the API) or 12345's for orders diverted to it. Each caller sees and acts on its own only;
 * another party's instruction is answered exactly like one that does not exist. The office reads
 * every instruction but acts through {@link Orders}.
 */
@Stateless
@DeclareRoles({Role.Names.DISPATCHER, Role.Names.UNIT_OPERATOR, Role.Names.UNIT_HEAD, Role.Names.SUPERVISOR,
        Role.Names.ADMIN, Role.Names.AGENCY})
public class Instructions {

    /** The statuses in a party's inbox by default: everything it still has to do something about. */
    public static final Set<InstructionStatus> IN_HAND = EnumSet.of(InstructionStatus.DISPATCHED,
            InstructionStatus.SIGNED, InstructionStatus.CALLER_CONTACTED, InstructionStatus.ON_SCENE,
            InstructionStatus.REPORTED, InstructionStatus.REOPENED);

    @PersistenceContext(unitName = "routing")
    EntityManager em;

    @Inject
    OrderBook book;

    @Inject
    HandlingViews views;

    @Inject
    UnitActions actions;

    @Inject
    HandlingRecords records;

    @Inject
    Accounts accounts;

    @Resource
    SessionContext session;

    /** Who handles for the caller: a unit, or 12345; empty for callers who handle nothing (110, the office). */
    public record Party(String unitCode, Channel channel) implements java.io.Serializable {

        boolean owns(Instruction instruction) {
            return instruction.channel() == channel
                    && (channel == Channel.HOTLINE_12345 || instruction.unitCode().equals(unitCode));
        }
    }

    @RolesAllowed({Role.Names.UNIT_OPERATOR, Role.Names.AGENCY})
    public Optional<Party> party() {
        String name = session.getCallerPrincipal().getName();
        if (session.isCallerInRole(Role.Names.UNIT_OPERATOR)) {
            return accounts.account(name).map(AccountView::unitCode).map(unit -> new Party(unit, Channel.DIRECT));
        }
        return accounts.apiClient(name).map(ApiClientView::agency).flatMap(agency -> switch (agency) {
            case Outbox.HOTLINE_12345 -> Optional.of(new Party(null, Channel.HOTLINE_12345));
            case Outbox.PLATFORM_110 -> Optional.<Party>empty();
            default -> Optional.of(new Party(agency, Channel.DIRECT));
        });
    }

    /** The caller's instructions with these statuses (all in hand when empty), newest first. */
    @RolesAllowed({Role.Names.UNIT_OPERATOR, Role.Names.AGENCY})
    public List<InstructionView> mine(Set<InstructionStatus> statuses, @Min(0) int first, @Min(1) @Max(500) int max) {
        Optional<Party> party = party();
        if (party.isEmpty()) {
            return List.of();
        }
        Set<InstructionStatus> wanted = statuses == null || statuses.isEmpty() ? IN_HAND : statuses;
        var query = party.get().channel() == Channel.HOTLINE_12345
                ? em.createNamedQuery(Instruction.OF_CHANNEL, Instruction.class)
                : em.createNamedQuery(Instruction.OF_UNIT, Instruction.class).setParameter("unit", party.get().unitCode());
        return views.views(query.setParameter("channel", party.get().channel()).setParameter("statuses", wanted)
                .setFirstResult(first).setMaxResults(max).getResultList());
    }

    /** One instruction the caller may see: its own, or any for the office. */
    @RolesAllowed({Role.Names.UNIT_OPERATOR, Role.Names.AGENCY, Role.Names.DISPATCHER, Role.Names.SUPERVISOR,
            Role.Names.ADMIN})
    public InstructionView find(long id) {
        return views.view(visible(id));
    }

    /** What was put on record for a visible instruction (requests, handovers, notes), oldest first. */
    @RolesAllowed({Role.Names.UNIT_OPERATOR, Role.Names.AGENCY, Role.Names.DISPATCHER, Role.Names.SUPERVISOR,
            Role.Names.ADMIN})
    public List<HandlingRecordView> records(long id) {
        return book.recordsOf(List.of(visible(id).id())).stream().map(r -> r.toView()).toList();
    }

    /**
     * A unit's action on its own instruction. {@code expectedVersion}, when given, must be the
     * version the caller saw; a concurrent change in between makes this fail, never overwrite.
     */
    @RolesAllowed({Role.Names.UNIT_OPERATOR, Role.Names.AGENCY})
    public InstructionView perform(long id, @NotNull InstructionAction action, @NotNull ActionInput input,
                                   Long expectedVersion) {
        Instruction instruction = owned(id);
        if (ActionGuard.OFFICE_ACTIONS.contains(action)) {
            throw new EJBAccessException(action + " is the office's to do");
        }
        return views.view(actions.perform(instruction, action, input, expectedVersion));
    }

    /** Extension requests of the caller's unit waiting for its head's sign-off. */
    @RolesAllowed(Role.Names.UNIT_OPERATOR)
    public List<HandlingRecordView> awaitingSignOff() {
        return party().map(p -> em.createNamedQuery(HandlingRecord.AWAITING_SIGN_OFF, HandlingRecord.class)
                .setParameter("unit", p.unitCode()).getResultStream().map(HandlingRecord::toView).toList())
                .orElse(List.of());
    }

    /**
     * The unit head signs off an extension request of the unit (it then goes to the office), or
     * turns it down with a note.
     */
    @RolesAllowed(Role.Names.UNIT_HEAD)
    public HandlingRecordView signOff(long recordId, boolean approve, String note) {
        HandlingRecord record = em.find(HandlingRecord.class, recordId);
        if (record == null) {
            throw new NotFoundInRoutingException("request", recordId);
        }
        owned(record.instructionId());
        return records.signOff(record, approve, note).toView();
    }

    private Instruction visible(long id) {
        if (isOffice()) {
            return book.instruction(id);
        }
        return owned(id);
    }

    private Instruction owned(long id) {
        Instruction instruction = em.find(Instruction.class, id);
        Optional<Party> party = party();
        if (instruction == null || party.isEmpty() || !party.get().owns(instruction)) {
            throw new NotFoundInRoutingException("instruction", id);
        }
        return instruction;
    }

    private boolean isOffice() {
        return session.isCallerInRole(Role.Names.DISPATCHER) || session.isCallerInRole(Role.Names.SUPERVISOR)
                || session.isCallerInRole(Role.Names.ADMIN);
    }
}

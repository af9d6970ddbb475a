package org.linkage110.routing;

import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.linkage110.domain.Role;
import org.linkage110.platform.AccountView;
import org.linkage110.platform.Accounts;
import org.linkage110.platform.AuditTrail;
import org.linkage110.platform.AuditedChange;
import org.linkage110.routing.internal.DutyShift;
import org.linkage110.routing.internal.LinkageUnit;

/**
 * The units' duty rosters (值班表): who is on duty when, kept by the office or by the unit itself
 * (its operators and head, for their own unit only), and shown to the dispatcher with the unit's
 * fixed post and contact when an order goes to the unit. Every change is audited.
 */
@Stateless
@DeclareRoles({Role.Names.DISPATCHER, Role.Names.SUPERVISOR, Role.Names.ADMIN, Role.Names.UNIT_OPERATOR,
        Role.Names.UNIT_HEAD})
public class DutyRoster {

    private static final Duration LONGEST_SHIFT = Duration.ofDays(7);

    @PersistenceContext(unitName = "routing")
    EntityManager em;

    @Inject
    Accounts accounts;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Resource
    SessionContext session;

    /** The unit's duty arrangements and who is on duty at {@code at}. */
    @RolesAllowed({Role.Names.DISPATCHER, Role.Names.SUPERVISOR, Role.Names.ADMIN, Role.Names.UNIT_OPERATOR})
    public UnitDutyView duty(String unitCode, Instant at) {
        LinkageUnit unit = readable(unitCode);
        List<Object[]> row = em.createNativeQuery("SELECT duty_regime, duty_post, duty_team, duty_vehicle, duty_phone "
                + "FROM routing_linkage_unit WHERE code = ?").setParameter(1, unitCode).getResultList();
        Object[] duty = row.get(0);
        LinkageUnitView view = unit.toView();
        return new UnitDutyView(unitCode, view.nameZh(), view.nameEn(), (String) duty[0], (String) duty[1],
                (String) duty[2], (String) duty[3], (String) duty[4], shifts(unitCode, at, at.plusMillis(1)));
    }

    /** The shifts of a unit overlapping the span, earliest first. */
    @RolesAllowed({Role.Names.DISPATCHER, Role.Names.SUPERVISOR, Role.Names.ADMIN, Role.Names.UNIT_OPERATOR})
    public List<DutyShiftView> shifts(String unitCode, @NotNull Instant from, @NotNull Instant to) {
        readable(unitCode);
        return em.createNamedQuery(DutyShift.OVERLAPPING, DutyShift.class).setParameter("unit", unitCode)
                .setParameter("from", from).setParameter("to", to).setMaxResults(500)
                .getResultStream().map(DutyShift::toView).toList();
    }

    @RolesAllowed({Role.Names.SUPERVISOR, Role.Names.ADMIN, Role.Names.UNIT_OPERATOR})
    public DutyShiftView add(String unitCode, @NotNull @Valid NewDutyShift shift) {
        writable(unitCode);
        if (!shift.endsAt().isAfter(shift.startsAt())) {
            throw RoutingRefusedException.of("endsAt", RoutingProblem.SHIFT_ORDER);
        }
        if (Duration.between(shift.startsAt(), shift.endsAt()).compareTo(LONGEST_SHIFT) > 0) {
            throw RoutingRefusedException.of("endsAt", RoutingProblem.SHIFT_LENGTH);
        }
        if (shift.endsAt().isBefore(clock.instant())) {
            throw RoutingRefusedException.of("endsAt", RoutingProblem.SHIFT_ENDED);
        }
        DutyShift added = new DutyShift(unitCode, shift.personName().strip(), shift.phone().strip(), shift.duty(),
                shift.startsAt(), shift.endsAt(), caller(), clock.instant());
        em.persist(added);
        em.flush();
        audit.record(AuditedChange.created("routing.duty-shift.added", "unit", unitCode, added.toJson()));
        return added.toView();
    }

    @RolesAllowed({Role.Names.SUPERVISOR, Role.Names.ADMIN, Role.Names.UNIT_OPERATOR})
    public void remove(long shiftId, String reason) {
        DutyShift shift = em.find(DutyShift.class, shiftId);
        if (shift == null || shift.removed()) {
            throw new NotFoundInRoutingException("duty shift", shiftId);
        }
        writable(shift.unitCode());
        if (reason == null || reason.isBlank() || reason.length() > 500) {
            throw RoutingRefusedException.of("reason", RoutingProblem.SHIFT_WHY, 500);
        }
        String before = shift.toJson();
        shift.remove(caller(), clock.instant(), reason.strip());
        audit.record(new AuditedChange("routing.duty-shift.removed", "unit", shift.unitCode(), before, shift.toJson()));
    }

    private LinkageUnit readable(String unitCode) {
        LinkageUnit unit = unitCode == null ? null : em.find(LinkageUnit.class, unitCode);
        boolean office = session.isCallerInRole(Role.Names.DISPATCHER) || session.isCallerInRole(Role.Names.SUPERVISOR)
                || session.isCallerInRole(Role.Names.ADMIN);
        if (unit == null || (!office && !unitCode.equals(callerUnit()))) {
            throw new NotFoundInRoutingException("unit", unitCode);
        }
        return unit;
    }

    private void writable(String unitCode) {
        readable(unitCode);
        boolean office = session.isCallerInRole(Role.Names.SUPERVISOR) || session.isCallerInRole(Role.Names.ADMIN);
        if (!office && !unitCode.equals(callerUnit())) {
            throw new NotFoundInRoutingException("unit", unitCode);
        }
    }

    private String callerUnit() {
        return accounts.account(caller()).map(AccountView::unitCode).orElse(null);
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }
}

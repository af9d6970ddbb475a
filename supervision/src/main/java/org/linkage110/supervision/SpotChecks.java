package org.linkage110.supervision;

import org.linkage110.intake.CommonProblem;
import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.linkage110.domain.DispatchMode;
import org.linkage110.domain.IncidentId;
import org.linkage110.domain.IncidentSource;
import org.linkage110.domain.Role;
import org.linkage110.domain.Tier;
import org.linkage110.intake.Drills;
import org.linkage110.intake.IncidentFlags;
import org.linkage110.intake.IntakeReceipt;
import org.linkage110.intake.NewIncident;
import org.linkage110.platform.AuditTrail;
import org.linkage110.platform.AuditedChange;
import org.linkage110.platform.Jsons;
import org.linkage110.routing.DispatchDecision;
import org.linkage110.routing.IllegalMoveException;
import org.linkage110.routing.InstructionView;
import org.linkage110.routing.LinkageUnitView;
import org.linkage110.routing.LinkageUnits;
import org.linkage110.routing.NotFoundInRoutingException;
import org.linkage110.routing.OrderView;
import org.linkage110.routing.Orders;
import org.linkage110.routing.RoutingRefusedException;
import org.linkage110.routing.UnitRole;
import org.linkage110.supervision.internal.Callers;
import org.linkage110.supervision.internal.SpotCheck;

/**
 * Simulated-alert spot checks (模拟报警临检). A supervisor plans a drill aimed at a unit (or a
 * random tier-1 unit); it enters intake as a call from 110 and is dispatched to that unit at once,
 * exactly like a real order: nothing the unit sees, no page, API answer, notification or deadline,
 * tells them apart, and nothing about it leaves the platform. Its sign-for, caller-contact and
 * arrival are measured against the deadlines and the drill closes with a scored report.
 */
@Stateless
@DeclareRoles(Role.Names.SUPERVISOR)
@RolesAllowed(Role.Names.SUPERVISOR)
public class SpotChecks {

    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext(unitName = "supervision")
    EntityManager em;

    @Inject
    Drills drills;

    @Inject
    Orders orders;

    @Inject
    LinkageUnits units;

    @Inject
    AuditTrail audit;

    @Inject
    Callers callers;

    @Inject
    Clock clock;

    @Resource
    SessionContext session;

    public SpotCheckView plan(DrillPlan plan) {
        if (plan == null || plan.scenario() == null || plan.scenario().isBlank()) {
            throw RoutingRefusedException.of("scenario", SupervisionProblem.DRILL_SCENARIO);
        }
        String target = plan.targetUnit() == null || plan.targetUnit().isBlank() ? randomTierOne() : plan.targetUnit();
        LinkageUnitView unit = units.all().stream().filter(u -> u.code().equals(target)).findFirst()
                .orElseThrow(() -> RoutingRefusedException.of("targetUnit", CommonProblem.NO_UNIT, target));
        if (!unit.tier().mayLeadFieldWork()) {
            throw RoutingRefusedException.of("targetUnit", SupervisionProblem.TIER_THREE_DRILL);
        }
        Instant now = clock.instant();
        String number = "110-" + now.atZone(clock.getZone()).toLocalDate().toString().replace("-", "")
                + String.format("%06d", RANDOM.nextInt(1_000_000));
        IntakeReceipt receipt = drills.planAsDelivered(new NewIncident(IncidentSource.PLATFORM_110, number, now, plan.callerName(),
                plan.callerPhone(), plan.address(), null, plan.description(), plan.categoryCode(),
                plan.flags() == null ? IncidentFlags.NONE : plan.flags(),
                plan.inquiryAnswers() == null ? Map.of() : plan.inquiryAnswers()), plan.scenario().strip());
        OrderView order = orders.find(receipt.incidentId()).orElseThrow();
        orders.dispatch(order.incidentId(), new DispatchDecision(order.proposal().handlingClass(), order.proposal().level(),
                DispatchMode.IMMEDIATE, target, List.of(), "督导抽检：指定单位处置"), order.version());
        SpotCheck check = new SpotCheck(order.incidentId(), target, plan.scenario().strip(),
                callers.name(session.getCallerPrincipal()), now);
        em.persist(check);
        em.flush();
        audit.record(AuditedChange.created("supervision.drill.planned", "spot-check", check.id(), check.toJson()));
        return check.toView();
    }

    private String randomTierOne() {
        List<LinkageUnitView> candidates = units.all().stream()
                .filter(u -> u.tier() == Tier.TIER_1 && !"POLICE".equals(u.kind())).toList();
        return candidates.get(RANDOM.nextInt(candidates.size())).code();
    }

    public List<SpotCheckView> latest(int max) {
        return em.createNamedQuery(SpotCheck.LATEST, SpotCheck.class).setMaxResults(max).getResultStream()
                .map(SpotCheck::toView).toList();
    }

    /** How the target unit is doing (or did) on the drill, as of now. */
    public DrillScore score(long spotCheckId) {
        SpotCheck check = find(spotCheckId);
        InstructionView lead = orders.instructionsOf(check.incidentId()).stream()
                .filter(i -> i.role() == UnitRole.LEAD).findFirst()
                .orElseThrow(() -> new NotFoundInRoutingException("instruction of drill", spotCheckId));
        return DrillScore.of(lead.stages(), lead.dispatchedAt());
    }

    /** Closes the drill with its score and a report frozen as it was. */
    public SpotCheckView close(long spotCheckId, long version, String notes) {
        SpotCheck check = find(spotCheckId);
        if (check.version() != version) {
            throw IllegalMoveException.staleVersion(version, check.version());
        }
        if (check.closed()) {
            throw IllegalMoveException.illegal("closed already");
        }
        DrillScore score = score(spotCheckId);
        JsonArrayBuilder lines = Jsons.createArrayBuilder();
        score.lines().forEach(l -> {
            var line = Jsons.createObjectBuilder().add("stage", l.stage().name()).add("dueAt", l.dueAt().toString())
                    .add("onTime", l.onTime());
            if (l.doneAt() != null) {
                line.add("doneAt", l.doneAt().toString()).add("takenSeconds", l.taken().toSeconds());
            }
            lines.add(line);
        });
        String report = Jsons.createObjectBuilder().add("score", score.score()).add("lines", lines)
                .add("notes", notes == null ? "" : notes.strip()).build().toString();
        String before = check.toJson();
        check.close(score.score(), report, callers.name(session.getCallerPrincipal()), clock.instant());
        audit.record(new AuditedChange("supervision.drill.closed", "spot-check", String.valueOf(spotCheckId), before,
                check.toJson()));
        em.flush();
        return check.toView();
    }

    private SpotCheck find(long id) {
        SpotCheck check = em.find(SpotCheck.class, id);
        if (check == null) {
            throw new NotFoundInRoutingException("spot check", id);
        }
        return check;
    }

    /** Whether an order is a drill (supervision's own record), for callbacks and sampling. */
    @jakarta.annotation.security.PermitAll
    public boolean isDrill(IncidentId incident) {
        return em.createNamedQuery(SpotCheck.OF_ORDER, Long.class).setParameter("order", incident.value())
                .getSingleResult() > 0;
    }
}

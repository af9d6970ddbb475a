package org.linkage110.supervision;

import org.linkage110.intake.CommonProblem;
import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.linkage110.domain.IncidentId;
import org.linkage110.domain.Role;
import org.linkage110.domain.event.OrderChanged;
import org.linkage110.intake.Incidents;
import org.linkage110.platform.AuditTrail;
import org.linkage110.platform.AuditedChange;
import org.linkage110.routing.IllegalMoveException;
import org.linkage110.routing.NotFoundInRoutingException;
import org.linkage110.routing.Orders;
import org.linkage110.routing.RoutingRefusedException;
import org.linkage110.supervision.CallbackView.Resolution;
import org.linkage110.supervision.CallbackView.Satisfaction;
import org.linkage110.supervision.CallbackView.Status;
import org.linkage110.supervision.internal.Callback;
import org.linkage110.supervision.internal.Callers;

/**
 * Callback rechecks (电话回访复检): the office calls the citizen of a closed order. Not reached:
 * tried again, up to the configured number of attempts. Reached: resolved or not, satisfaction,
 * comment. "Not resolved" or "falsely solved" (002) reopens the order to the same unit with the
 * callee's words, counts against the unit and flags the order for the next sampling.
 */
@Stateless
@DeclareRoles({Role.Names.SUPERVISOR, Role.Names.DISPATCHER})
@RolesAllowed(Role.Names.SUPERVISOR)
public class Callbacks {

    @PersistenceContext(unitName = "supervision")
    EntityManager em;

    @Inject
    Orders orders;

    @Inject
    AuditTrail audit;

    @Inject
    Callers callers;

    @Inject
    Clock clock;

    @Inject
    Incidents incidents;

    /** A callback made counts in its order's figures. */
    @Inject
    jakarta.enterprise.event.Event<OrderChanged> orderChanged;

    @Inject
    @ConfigProperty(name = "app.callback.max-attempts", defaultValue = "3")
    int maxAttempts;

    @Resource
    SessionContext session;

    /** Callbacks still to make, oldest first. */
    public List<CallbackView> queue(int max) {
        return em.createNamedQuery(Callback.QUEUED, Callback.class).setParameter("status", Status.QUEUED)
                .setMaxResults(max).getResultStream().map(Callback::toView).map(this::withCaller).toList();
    }

    @RolesAllowed({Role.Names.SUPERVISOR, Role.Names.DISPATCHER})
    public List<CallbackView> ofOrder(long incidentId) {
        return em.createNamedQuery(Callback.OF_ORDER, Callback.class).setParameter("order", incidentId)
                .getResultStream().map(Callback::toView).map(this::withCaller).toList();
    }

    /** Whom the office rings: the caller of the order, as intake recorded them. */
    private CallbackView withCaller(CallbackView callback) {
        return incidents.find(new IncidentId(callback.incidentId()))
                .map(caller -> callback.calling(caller.callerName(), caller.callerPhone())).orElse(callback);
    }

    /** A call that did not reach the callee. */
    public CallbackView unreached(long callbackId, long version) {
        Callback callback = open(callbackId, version);
        String before = callback.toJson();
        callback.unreached(maxAttempts, callers.name(session.getCallerPrincipal()), clock.instant());
        audit.record(new AuditedChange("supervision.callback.unreached", "order",
                String.valueOf(callback.toView().incidentId()), before, callback.toJson()));
        em.flush();
        orderChanged.fire(OrderChanged.of(callback.toView().incidentId()));
        return callback.toView();
    }

    /** What the callee said; a failed recheck reopens the order to the same unit. */
    public CallbackView answered(long callbackId, long version, Resolution resolution, Satisfaction satisfaction,
                                 String comment) {
        if (resolution == null) {
            throw RoutingRefusedException.of("resolution", SupervisionProblem.RESOLUTION);
        }
        if (resolution != Resolution.RESOLVED && (comment == null || comment.isBlank())) {
            throw RoutingRefusedException.of("comment", SupervisionProblem.UNRESOLVED_COMMENT);
        }
        if (comment != null && comment.length() > 1000) {
            throw RoutingRefusedException.of("comment", CommonProblem.AT_MOST, 1000);
        }
        Callback callback = open(callbackId, version);
        String before = callback.toJson();
        Instant now = clock.instant();
        callback.answered(resolution, satisfaction, comment == null ? null : comment.strip(),
                callers.name(session.getCallerPrincipal()), now);
        audit.record(new AuditedChange("supervision.callback.answered", "order",
                String.valueOf(callback.toView().incidentId()), before, callback.toJson()));
        em.flush();
        if (resolution != Resolution.RESOLVED) {
            String label = resolution == Resolution.FALSELY_SOLVED ? "回访复检：虚假办结。" : "回访复检：问题未解决。";
            orders.reopen(callback.instructionId(), label + comment.strip());
        }
        orderChanged.fire(OrderChanged.of(callback.toView().incidentId()));
        return callback.toView();
    }

    private Callback open(long callbackId, long version) {
        Callback callback = em.find(Callback.class, callbackId);
        if (callback == null) {
            throw new NotFoundInRoutingException("callback", callbackId);
        }
        if (callback.version() != version) {
            throw IllegalMoveException.staleVersion(version, callback.version());
        }
        if (callback.status() != Status.QUEUED) {
            throw IllegalMoveException.illegal("this callback is finished: " + callback.status());
        }
        return callback;
    }
}

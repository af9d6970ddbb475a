package org.linkage110.supervision;

import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.linkage110.domain.Role;
import org.linkage110.platform.AuditTrail;
import org.linkage110.platform.AuditedChange;
import org.linkage110.routing.IllegalMoveException;
import org.linkage110.routing.NotFoundInRoutingException;
import org.linkage110.routing.RoutingRefusedException;
import org.linkage110.supervision.internal.Callers;
import org.linkage110.supervision.internal.Notification;
import org.linkage110.supervision.internal.NotificationDesk;
import org.linkage110.supervision.internal.Rectification;

/**
 * Rectification requests (整改): what a defect found in the daily sampling asks of the unit that
 * handled the order. The unit answers within the configured time; the office accepts the answer
 * or refuses it with what is still missing, which sends the unit the request again.
 */
@Stateless
@DeclareRoles({Role.Names.SUPERVISOR, Role.Names.UNIT_OPERATOR})
public class Rectifications {

    @PersistenceContext(unitName = "supervision")
    EntityManager em;

    @Inject
    NotificationDesk notifications;

    @Inject
    AuditTrail audit;

    @Inject
    Callers callers;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "app.sampling.rectify-within", defaultValue = "P3D")
    Duration rectifyWithin;

    @Resource
    SessionContext session;

    /**
     * Sends the unit a request about a reviewed sample item, in the reviewer's transaction. Public
     * because the daily sampling calls it through the bean's view: the container refuses a call to
     * a method that is not.
     */
    @RolesAllowed(Role.Names.SUPERVISOR)
    public void request(long itemId, long incidentId, String unitCode, String request, String by, Instant now) {
        Rectification rectification = new Rectification(itemId, incidentId, unitCode, request, by, now,
                now.plus(rectifyWithin));
        em.persist(rectification);
        em.flush();
        notifications.raise(unitCode, "RECTIFICATION", incidentId, rectification.id(), "工单 " + incidentId + " " + request,
                "RECTIFICATION:" + rectification.id());
        audit.record(AuditedChange.created("supervision.rectification.requested", "order", incidentId,
                rectification.toJson()));
    }

    @RolesAllowed(Role.Names.SUPERVISOR)
    public List<RectificationView> openRectifications(int max) {
        return em.createNamedQuery(Rectification.OPEN, Rectification.class).setMaxResults(max).getResultStream()
                .map(Rectification::toView).toList();
    }

    @RolesAllowed(Role.Names.UNIT_OPERATOR)
    public List<RectificationView> myRectifications() {
        return callers.unitOf(session.getCallerPrincipal()).map(unit -> em.createNamedQuery(Rectification.OF_UNIT,
                Rectification.class).setParameter("unit", unit).getResultStream().map(Rectification::toView).toList())
                .orElse(List.of());
    }

    @RolesAllowed(Role.Names.UNIT_OPERATOR)
    public RectificationView answer(long rectificationId, long version, String text) {
        Rectification rectification = rectification(rectificationId, version);
        String unit = callers.unitOf(session.getCallerPrincipal()).orElse(null);
        if (!rectification.unitCode().equals(unit)) {
            throw new NotFoundInRoutingException("rectification", rectificationId);
        }
        if (!"OPEN".equals(rectification.status())) {
            throw IllegalMoveException.illegal("the request is " + rectification.status());
        }
        if (text == null || text.isBlank() || text.length() > 2000) {
            throw RoutingRefusedException.of("text", SupervisionProblem.PUT_RIGHT_UP_TO, 2000);
        }
        String before = rectification.toJson();
        Instant now = clock.instant();
        rectification.answer(text.strip(), callers.name(session.getCallerPrincipal()), now);
        notifications.raise(Notification.OFFICE, "RECTIFICATION_ANSWERED", rectification.toView().incidentId(),
                rectificationId, unit + " 已反馈整改情况", "RECTIFICATION_ANSWERED:" + rectificationId + ":" + now);
        audit.record(new AuditedChange("supervision.rectification.answered", "order",
                String.valueOf(rectification.toView().incidentId()), before, rectification.toJson()));
        em.flush();
        return rectification.toView();
    }

    @RolesAllowed(Role.Names.SUPERVISOR)
    public RectificationView decide(long rectificationId, long version, boolean accept, String note) {
        Rectification rectification = rectification(rectificationId, version);
        if (!"ANSWERED".equals(rectification.status())) {
            throw IllegalMoveException.illegal("only an answered request is decided; it is " + rectification.status());
        }
        if (!accept && (note == null || note.isBlank())) {
            throw RoutingRefusedException.of("text", SupervisionProblem.STILL_MISSING);
        }
        RoutingRefusedException.requireWithinTextLimit("text", note);
        String before = rectification.toJson();
        Instant now = clock.instant();
        rectification.decide(accept, note == null ? null : note.strip(), callers.name(session.getCallerPrincipal()), now);
        if (!accept) {
            notifications.raise(rectification.unitCode(), "RECTIFICATION", rectification.toView().incidentId(),
                    rectificationId, "整改未通过：" + note.strip(), "RECTIFICATION_REFUSED:" + rectificationId + ":" + now);
        }
        audit.record(new AuditedChange("supervision.rectification.decided", "order",
                String.valueOf(rectification.toView().incidentId()), before, rectification.toJson()));
        em.flush();
        return rectification.toView();
    }

    private Rectification rectification(long id, long version) {
        Rectification rectification = em.find(Rectification.class, id);
        if (rectification == null) {
            throw new NotFoundInRoutingException("rectification", id);
        }
        if (rectification.version() != version) {
            throw IllegalMoveException.staleVersion(version, rectification.version());
        }
        return rectification;
    }
}

package org.linkage110.supervision;

import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.linkage110.domain.Role;
import org.linkage110.supervision.internal.Callers;
import org.linkage110.supervision.internal.Notification;

/** Notifications: a unit operator reads the unit's, the office reads its own. */
@Stateless
@DeclareRoles({Role.Names.UNIT_OPERATOR, Role.Names.DISPATCHER, Role.Names.SUPERVISOR, Role.Names.ADMIN})
public class Notifications {

    @PersistenceContext(unitName = "supervision")
    EntityManager em;

    @Inject
    Callers callers;

    @Resource
    SessionContext session;

    @RolesAllowed(Role.Names.UNIT_OPERATOR)
    public List<NotificationView> mine(int max) {
        return callers.unitOf(session.getCallerPrincipal()).map(unit -> of(unit, max)).orElse(List.of());
    }

    @RolesAllowed({Role.Names.DISPATCHER, Role.Names.SUPERVISOR, Role.Names.ADMIN})
    public List<NotificationView> office(int max) {
        return of(Notification.OFFICE, max);
    }

    private List<NotificationView> of(String recipient, int max) {
        return em.createNamedQuery(Notification.OF_RECIPIENT, Notification.class).setParameter("recipient", recipient)
                .setMaxResults(max).getResultStream().map(Notification::toView).toList();
    }
}

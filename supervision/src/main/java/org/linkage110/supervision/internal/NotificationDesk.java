package org.linkage110.supervision.internal;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import org.linkage110.domain.event.UnitNotified;
import org.linkage110.platform.AuditTrail;
import org.linkage110.platform.AuditedChange;
import org.linkage110.platform.Jsons;

/** Raises notifications, each once (by its key), in the caller's transaction, audited. */
@Stateless
public class NotificationDesk {

    @PersistenceContext(unitName = "supervision")
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /** For webhooks to the recipients' own systems (observed in this transaction). */
    @Inject
    Event<UnitNotified> raised;

    /** False when a notification with this key exists already. It is dated when it is raised. */
    public boolean raise(String recipient, String kind, Long incidentId, Long subjectId, String text, String key) {
        if (em.createNamedQuery(Notification.BY_KEY, Long.class).setParameter("key", key).getSingleResult() > 0) {
            return false;
        }
        Notification notification = new Notification(recipient, kind, incidentId, subjectId, text, clock.instant(),
                key);
        em.persist(notification);
        em.flush();
        audit.record(AuditedChange.created("supervision.notification.raised", "notification", notification.toView().id(),
                Jsons.createObjectBuilder().add("recipient", recipient).add("kind", kind).add("text", text).build()
                        .toString()));
        raised.fire(new UnitNotified(recipient, kind, incidentId, subjectId, text, clock.instant(), key));
        return true;
    }
}

package org.linkage110.platform;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import org.linkage110.platform.internal.AuditEvent;

/**
 * The audit trail read forwards: the changes to one type of subject after an instant, oldest
 * first. For feeds that must say exactly what changed since a time (Open311's update feed).
 */
@Stateless
public class AuditFeed {

    @PersistenceContext(unitName = "platform")
    EntityManager em;

    public List<AuditRecord> since(String subjectType, Instant after, int max) {
        return em.createQuery("select e from AuditEvent e where e.subjectType = :type and e.occurredAt > :after "
                        + "order by e.occurredAt, e.id", AuditEvent.class)
                .setParameter("type", subjectType).setParameter("after", after)
                .setMaxResults(Math.max(1, Math.min(max, 5000))).getResultStream().map(AuditEvent::toRecord).toList();
    }
}

package org.linkage110.platform;

import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.Principal;
import java.time.Clock;
import java.util.List;
import org.linkage110.platform.internal.AuditEvent;

/**
 * The append-only record of every state change. {@link #record} joins the caller's transaction
 * and refuses to run without one, so a change and its audit entry commit or roll back together.
 * The table itself refuses UPDATE and DELETE (database triggers).
 */
@Stateless
public class AuditTrail {

    /** Actor recorded for work the platform does by itself (migrations, seeding, sweeps). */
    public static final String SYSTEM = "system";

    @PersistenceContext(unitName = "platform")
    EntityManager em;

    @Resource
    SessionContext session;

    @Inject
    Clock clock;

    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void record(AuditedChange change) {
        em.persist(new AuditEvent(clock.instant(), actor(), change));
    }

    /**
     * For what happens before anybody is signed in (a sign-in, a refused one): the actor is named
     * by the caller, e.g. the name someone tried to sign in with.
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void recordAs(String actor, AuditedChange change) {
        String name = actor == null || actor.isBlank() ? SYSTEM : actor;
        em.persist(new AuditEvent(clock.instant(), name.length() > 100 ? name.substring(0, 100) : name, change));
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<AuditRecord> history(String subjectType, String subjectId) {
        return em.createNamedQuery(AuditEvent.BY_SUBJECT, AuditEvent.class)
                .setParameter("type", subjectType)
                .setParameter("id", subjectId)
                .getResultStream()
                .map(AuditEvent::toRecord)
                .toList();
    }

    private String actor() {
        Principal caller = session.getCallerPrincipal();
        String name = caller == null ? null : caller.getName();
        return name == null || name.isBlank() || "ANONYMOUS".equals(name) ? SYSTEM : name;
    }
}

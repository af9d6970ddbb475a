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
import org.linkage110.platform.internal.AuditUnsealed;
import org.linkage110.platform.internal.SealAfterCommit;

/**
 * The append-only record of every state change. {@link #record} joins the caller's transaction
 * and refuses to run without one, so a change and its audit entry commit or roll back together.
 * The table itself refuses UPDATE and DELETE (database triggers), and the application's database
 * user may only insert and read it (README, Audit trail).
 *
 * <p>The trail is sealed into one hash chain after commit: an event is written with a row that says
 * it waits to be sealed, and once the transaction has committed the sealer links it into the chain
 * ({@link SealAfterCommit}). Writing an event locks nothing shared, so audited transactions do not
 * take turns; one that rolls back leaves nothing to seal. {@link AuditVerification} seals what
 * waits and walks the chain.
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

    @Inject
    SealAfterCommit sealing;

    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void record(AuditedChange change) {
        append(actor(), change);
    }

    /**
     * For what happens before anybody is signed in (a sign-in, a refused one): the actor is named
     * by the caller, e.g. the name someone tried to sign in with.
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void recordAs(String actor, AuditedChange change) {
        String name = actor == null || actor.isBlank() ? SYSTEM : actor;
        append(name.length() > 100 ? name.substring(0, 100) : name, change);
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

    private void append(String actor, AuditedChange change) {
        AuditEvent event = new AuditEvent(clock.instant(), actor, change);
        em.persist(event);
        // written now, for the database to number it; the written event is let go, so a transaction
        // auditing thousands of changes keeps its persistence context (and each flush) small
        em.flush();
        em.persist(new AuditUnsealed(event.id()));
        em.detach(event);
        sealing.register();
    }

    private String actor() {
        Principal caller = session.getCallerPrincipal();
        String name = caller == null ? null : caller.getName();
        return name == null || name.isBlank() || "ANONYMOUS".equals(name) ? SYSTEM : name;
    }
}

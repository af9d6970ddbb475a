package org.linkage110.platform;

import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.security.Principal;
import java.time.Clock;
import java.util.List;
import org.linkage110.platform.internal.AuditChainHead;
import org.linkage110.platform.internal.AuditEvent;

/**
 * The append-only record of every state change. {@link #record} joins the caller's transaction
 * and refuses to run without one, so a change and its audit entry commit or roll back together.
 * The table itself refuses UPDATE and DELETE (database triggers), and the application's database
 * user may only insert and read it (README, Audit trail).
 *
 * <p>The trail is one hash chain: each event carries the hash of the previous one. Appending locks
 * the chain's head row until the transaction ends, one small row lock per audited transaction, so
 * concurrent writers join the chain one after the other; a transaction that rolls back leaves
 * the head where it was. {@link AuditVerification} walks the chain.
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
        AuditChainHead head = em.find(AuditChainHead.class, AuditChainHead.THE_CHAIN, LockModeType.PESSIMISTIC_WRITE);
        AuditEvent event = head.append(clock.instant(), actor, change);
        em.persist(event);
        // written now, under the lock: the next event of this transaction reads the head as moved;
        // the written event is let go, so a transaction auditing thousands of changes keeps its
        // persistence context (and each flush) small
        em.flush();
        em.detach(event);
    }

    private String actor() {
        Principal caller = session.getCallerPrincipal();
        String name = caller == null ? null : caller.getName();
        return name == null || name.isBlank() || "ANONYMOUS".equals(name) ? SYSTEM : name;
    }
}

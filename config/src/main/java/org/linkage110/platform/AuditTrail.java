package org.linkage110.platform;

import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.security.Principal;
import java.time.Clock;
import java.util.List;
import javax.sql.DataSource;
import org.linkage110.platform.internal.AuditEvent;
import org.linkage110.platform.internal.PendingAudit;

/**
 * The append-only record of every state change. {@link #record} joins the caller's transaction
 * and refuses to run without one, so a change and its audit entry commit or roll back together.
 * The table itself refuses UPDATE and DELETE (database triggers), and the application's database
 * user may only insert and read it (README, Audit trail).
 *
 * <p>The trail is one hash chain: each event carries the hash of the previous one. A transaction's
 * events are appended when it commits, after its other rows ({@link PendingAudit}): appending locks
 * the chain's head row until the transaction ends, one small row lock per audited transaction, so
 * concurrent writers join the chain one after the other, each holding it only for its appending and
 * its commit; a transaction that rolls back writes none and leaves the head where it was. An event
 * is so not readable ({@link #history}) in the transaction that records it, only once it commits.
 * {@link AuditVerification} walks the chain.
 */
@Stateless
public class AuditTrail {

    /** Actor recorded for work the platform does by itself (migrations, seeding, sweeps). */
    public static final String SYSTEM = "system";

    @PersistenceContext(unitName = "platform")
    EntityManager em;

    @Resource
    SessionContext session;

    @Resource
    TransactionSynchronizationRegistry registry;

    @Resource(lookup = DatabaseMigrations.DATASOURCE)
    DataSource dataSource;

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
        // written when the transaction commits, after its other rows, so that the chain's head is
        // locked for the appending and the commit only (PendingAudit)
        PendingAudit pending = (PendingAudit) registry.getResource(PendingAudit.KEY);
        if (pending == null) {
            pending = new PendingAudit(dataSource, registry);
            registry.putResource(PendingAudit.KEY, pending);
            registry.registerInterposedSynchronization(pending);
        }
        pending.add(clock.instant(), actor, change);
    }

    private String actor() {
        Principal caller = session.getCallerPrincipal();
        String name = caller == null ? null : caller.getName();
        return name == null || name.isBlank() || "ANONYMOUS".equals(name) ? SYSTEM : name;
    }
}

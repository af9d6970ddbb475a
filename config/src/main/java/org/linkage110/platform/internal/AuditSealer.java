package org.linkage110.platform.internal;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;

/**
 * Links committed events into the audit chain, a batch per transaction: locks the chain's head,
 * seals the waiting events in the order of their ids, takes them off the waiting list and moves the
 * head. Only this transaction locks the head, and only for the batch, so audited changes no longer
 * take turns; two servers sealing at once take turns on the head instead. An event whose
 * transaction has not committed yet is not seen, and is sealed by a later batch: the chain's order
 * is the order of sealing.
 */
@Stateless
public class AuditSealer {

    static final int BATCH = 500;

    @PersistenceContext(unitName = "platform")
    EntityManager em;

    @Inject
    Clock clock;

    /** Seals one batch of waiting events; returns how many it sealed. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int sealBatch() {
        // the head's lock comes first: what is read after it was committed before it (a read before
        // it would fix this transaction's view earlier and miss what another sealer just sealed)
        AuditChainHead head = em.find(AuditChainHead.class, AuditChainHead.THE_CHAIN, LockModeType.PESSIMISTIC_WRITE);
        List<Long> ids = waiting(BATCH);
        if (ids.isEmpty()) {
            return 0;
        }
        List<AuditEvent> events = em.createQuery("select e from AuditEvent e where e.id in :ids order by e.id",
                AuditEvent.class).setParameter("ids", ids).getResultList();
        for (AuditEvent event : events) {
            em.persist(head.seal(event, clock.instant()));
        }
        // an id waiting without its event (removed behind the application's back) stays on the list,
        // where the verifier reports it
        List<Long> sealed = events.stream().map(AuditEvent::id).toList();
        if (!sealed.isEmpty()) {
            em.createQuery("delete from AuditUnsealed u where u.eventId in :ids").setParameter("ids", sealed).executeUpdate();
        }
        return sealed.size();
    }

    /** Whether any event waits to be sealed (a read without a lock). */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public boolean anyWaiting() {
        return !waiting(1).isEmpty();
    }

    /** How many events wait to be sealed. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public long waitingCount() {
        return em.createQuery("select count(u) from AuditUnsealed u", Long.class).getSingleResult();
    }

    private List<Long> waiting(int most) {
        return em.createQuery("select u.eventId from AuditUnsealed u order by u.eventId", Long.class)
                .setMaxResults(most).getResultList();
    }
}

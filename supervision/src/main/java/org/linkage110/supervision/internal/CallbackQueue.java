package org.linkage110.supervision.internal;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.linkage110.domain.event.OrderClosed;
import org.linkage110.platform.AuditTrail;
import org.linkage110.platform.AuditedChange;

/**
 * Queues a closed order for a callback recheck, in the transaction that closed it: all orders, or
 * the configured share of each unit's (picked by the order's number, so the choice is stable and
 * spread evenly). A session bean, so that it runs in supervision's module inside an EAR.
 */
@Stateless
public class CallbackQueue {

    @PersistenceContext(unitName = "supervision")
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    @ConfigProperty(name = "app.callback.share", defaultValue = "1")
    double share;

    public void onClosed(@Observes OrderClosed closed) {
        if (!picked(closed.incident().value(), share) || drill(closed.incident().value())) {
            return;
        }
        Callback callback = new Callback(closed.incident().value(), closed.leadInstruction(), closed.leadUnit(),
                closed.itemCode(), closed.resultRound(), closed.closedAt());
        em.persist(callback);
        em.flush();
        audit.record(AuditedChange.created("supervision.callback.queued", "order", closed.incident().value(),
                callback.toJson()));
    }

    /** Drills have no citizen to call back. */
    private boolean drill(long incidentId) {
        return em.createNamedQuery(SpotCheck.OF_ORDER, Long.class).setParameter("order", incidentId)
                .getSingleResult() > 0;
    }

    /** Whether an order falls in the share to call back: a stable spread over order numbers. */
    static boolean picked(long incidentId, double share) {
        if (share >= 1) {
            return true;
        }
        return Math.floorMod(Long.hashCode(incidentId * 0x9E3779B97F4A7C15L), 1000) < share * 1000;
    }
}

package org.linkage110.routing;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import org.linkage110.routing.internal.RoutingOrder;

/** Open orders by age, for supervision's sweeps (which run as the platform, without a caller). */
@Stateless
public class OrderWatch {

    @PersistenceContext(unitName = "routing")
    EntityManager em;

    /** Orders still open that were received at or before {@code receivedBy}, oldest first, from {@code afterId} on. */
    public List<OpenOrder> openSince(Instant receivedBy, long afterId, int max) {
        return em.createNamedQuery(RoutingOrder.OPEN_SINCE, RoutingOrder.class)
                .setParameter("statuses", EnumSet.of(OrderStatus.IN_HANDLING, OrderStatus.NEEDS_REASSESSMENT))
                .setParameter("by", receivedBy).setParameter("after", afterId).setMaxResults(max)
                .getResultStream().map(o -> new OpenOrder(o.incidentId(), o.task().receivedAt(), o.leadUnit(),
                        o.subDistrict(), o.itemCode())).toList();
    }
}

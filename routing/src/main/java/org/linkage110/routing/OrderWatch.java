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

    /** Orders closed in {@code [from, to)}, by order number. */
    public List<ClosedOrder> closedBetween(Instant from, Instant to) {
        return em.createNamedQuery(RoutingOrder.CLOSED_BETWEEN, RoutingOrder.class).setParameter("from", from)
                .setParameter("to", to).getResultStream()
                .map(o -> new ClosedOrder(o.incidentId(), o.leadUnit(), o.itemCode(), o.closedAt())).toList();
    }

    /** Orders still open that were received at or before {@code receivedBy}, oldest first, from {@code afterId} on. */
    public List<OpenOrder> openSince(Instant receivedBy, long afterId, int max) {
        return em.createNamedQuery(RoutingOrder.OPEN_SINCE, RoutingOrder.class)
                .setParameter("statuses", EnumSet.of(OrderStatus.IN_HANDLING, OrderStatus.NEEDS_REASSESSMENT))
                .setParameter("by", receivedBy).setParameter("after", afterId).setMaxResults(max)
                .getResultStream().map(o -> new OpenOrder(o.incidentId(), o.task().receivedAt(), o.leadUnit(),
                        o.subDistrict(), o.itemCode())).toList();
    }
}

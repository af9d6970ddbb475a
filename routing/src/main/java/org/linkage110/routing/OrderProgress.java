package org.linkage110.routing;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.JsonException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.StringReader;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.linkage110.domain.Role;
import org.linkage110.platform.AuditFeed;
import org.linkage110.platform.AuditRecord;
import org.linkage110.platform.Jsons;
import org.linkage110.routing.internal.RoutingOrder;

/**
 * Where orders stand, for the channels that sent them (Open311): the status of each order, and
 * every change of status after an instant, as the audit trail recorded it.
 */
@Stateless
@DeclareRoles({Role.Names.AGENCY, Role.Names.DISPATCHER, Role.Names.SUPERVISOR, Role.Names.ADMIN})
@RolesAllowed({Role.Names.AGENCY, Role.Names.DISPATCHER, Role.Names.SUPERVISOR, Role.Names.ADMIN})
public class OrderProgress {

    /** An order's status and when it last changed (null while nothing but the proposal happened). */
    public record Progress(long incidentId, OrderStatus status, Instant assessedAt, Instant closedAt) implements java.io.Serializable {
    }

    /** One change of an order's status. {@code sequence} orders the changes and is unique. */
    public record StatusChange(long sequence, long incidentId, OrderStatus status, String action, Instant at) implements java.io.Serializable {
    }

    @PersistenceContext(unitName = "routing")
    EntityManager em;

    @Inject
    AuditFeed audit;

    public Map<Long, Progress> of(Collection<Long> incidentIds) {
        Map<Long, Progress> progress = new HashMap<>();
        if (incidentIds.isEmpty()) {
            return progress;
        }
        em.createQuery("select o from RoutingOrder o where o.incidentId in :ids", RoutingOrder.class)
                .setParameter("ids", incidentIds).getResultStream()
                .forEach(o -> progress.put(o.incidentId(), new Progress(o.incidentId(), o.status(), o.toView().assessedAt(),
                        o.closedAt())));
        return progress;
    }

    /** The changes of status after {@code after}, oldest first (from at most {@code scan} audit entries of orders). */
    public List<StatusChange> changesSince(Instant after, int scan) {
        List<StatusChange> changes = new ArrayList<>();
        for (AuditRecord record : audit.since("order", after, scan)) {
            OrderStatus before = status(record.before());
            OrderStatus now = status(record.after());
            if (now != null && now != before) {
                changes.add(new StatusChange(record.sequence(), Long.parseLong(record.subjectId()), now, record.action(),
                        record.at()));
            }
        }
        return changes;
    }

    private static OrderStatus status(String json) {
        if (json == null || json.isBlank()) {
            return null;
        }
        try {
            return OrderStatus.valueOf(Jsons.createReader(new StringReader(json)).readObject().getString("status"));
        } catch (JsonException | IllegalArgumentException | NullPointerException | ClassCastException e) {
            return null;
        }
    }
}

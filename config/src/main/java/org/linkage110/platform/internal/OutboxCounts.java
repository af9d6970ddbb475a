package org.linkage110.platform.internal;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** How many outbox messages are in each status, for the metrics and the console. */
@Stateless
public class OutboxCounts {

    @PersistenceContext(unitName = "platform")
    EntityManager em;

    public Map<OutboxMessage.Status, Long> byStatus() {
        Map<OutboxMessage.Status, Long> counts = new EnumMap<>(OutboxMessage.Status.class);
        for (OutboxMessage.Status status : OutboxMessage.Status.values()) {
            counts.put(status, 0L);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT status, COUNT(*) FROM platform_outbox GROUP BY status")
                .getResultList();
        for (Object[] row : rows) {
            counts.put(OutboxMessage.Status.valueOf((String) row[0]), ((Number) row[1]).longValue());
        }
        return counts;
    }
}

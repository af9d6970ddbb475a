package org.linkage110.intake.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.linkage110.domain.IncidentSource;
import org.linkage110.intake.IncidentStatus;
import org.linkage110.intake.QueueFilter;

/** Incidents in the intake tables. Callers bring the transaction where one is needed. */
@ApplicationScoped
public class IncidentRepository {

    @PersistenceContext(unitName = "intake")
    EntityManager em;

    /**
     * Stores the incident, assigns its id and, for an order, indexes its text for search: its tokens
     * in one multi-row insert (an order has some forty; one statement each was most of intake's
     * round trips to the database).
     */
    public Incident add(Incident incident) {
        em.persist(incident);
        em.flush();
        if (incident.status() != IncidentStatus.REPEAT) {
            List<String> tokens = List.copyOf(SearchToken.tokens(incident.searchableText()));
            if (!tokens.isEmpty()) {
                StringBuilder sql = new StringBuilder("INSERT INTO intake_search_token (incident_id, token) VALUES ");
                for (int i = 0; i < tokens.size(); i++) {
                    sql.append(i == 0 ? "" : ", ").append("(?, ?)");
                }
                var insert = em.createNativeQuery(sql.toString());
                for (int i = 0; i < tokens.size(); i++) {
                    insert.setParameter(2 * i + 1, incident.id()).setParameter(2 * i + 2, tokens.get(i));
                }
                insert.executeUpdate();
            }
        }
        return incident;
    }

    public Optional<Incident> find(long id) {
        return Optional.ofNullable(em.find(Incident.class, id));
    }

    /** The incident, locked until the transaction ends, for a change that must not race. */
    public Optional<Incident> lock(long id) {
        return Optional.ofNullable(em.find(Incident.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    public Optional<Incident> byExternalNumber(IncidentSource source, String externalNumber) {
        return em.createNamedQuery(Incident.BY_EXTERNAL_NUMBER, Incident.class)
                .setParameter("source", source)
                .setParameter("number", externalNumber)
                .getResultStream()
                .findFirst();
    }

    /** Incidents of a source whose external number has this prefix, newest first, drills left out. */
    public List<Incident> ofChannel(IncidentSource source, String prefix, java.util.Collection<Long> ids,
                                    String categoryCode, Instant from, Instant to, int max) {
        StringBuilder jpql = new StringBuilder("select i from Incident i where i.source = :source "
                + "and i.externalNumber like :prefix");
        if (ids != null && !ids.isEmpty()) {
            jpql.append(" and i.id in :ids");
        }
        if (categoryCode != null) {
            jpql.append(" and i.categoryCode = :category");
        }
        if (from != null) {
            jpql.append(" and i.receivedAt >= :from");
        }
        if (to != null) {
            jpql.append(" and i.receivedAt < :to");
        }
        var query = em.createQuery(jpql.append(" order by i.id desc").toString(), Incident.class)
                .setParameter("source", source)
                .setParameter("prefix", prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        if (ids != null && !ids.isEmpty()) {
            query.setParameter("ids", ids);
        }
        if (categoryCode != null) {
            query.setParameter("category", categoryCode);
        }
        if (from != null) {
            query.setParameter("from", from);
        }
        if (to != null) {
            query.setParameter("to", to);
        }
        List<Incident> found = query.setMaxResults(max).getResultList();
        if (found.isEmpty()) {
            return found;
        }
        @SuppressWarnings("unchecked")
        List<Number> drills = em.createNativeQuery("SELECT incident_id FROM intake_drill WHERE incident_id IN ("
                + found.stream().map(i -> String.valueOf(i.id())).collect(java.util.stream.Collectors.joining(","))
                + ")").getResultList();
        java.util.Set<Long> drillIds = drills.stream().map(Number::longValue).collect(java.util.stream.Collectors.toSet());
        return found.stream().filter(i -> !drillIds.contains(i.id())).toList();
    }

    /**
     * The open order a new call repeats: same category, received since {@code since}, and the same
     * place (place key, or grid when the sender gave one) or the same caller; never a drill.
     * Newest first.
     */
    public Optional<Incident> openOrderRepeatedBy(String category, String placeKey, String gridCode, String callerPhone,
                                                  Instant since) {
        // one lookup per way of matching, each answered by its own index: as one query joined by OR,
        // the database walks every call of the window in time order instead
        return Stream.of(newestOpen(Incident.OPEN_AT_PLACE, placeKey, category, since),
                        newestOpen(Incident.OPEN_IN_GRID, gridCode, category, since),
                        newestOpen(Incident.OPEN_BY_CALLER, callerPhone, category, since))
                .flatMap(Optional::stream)
                .max(Comparator.comparing(Incident::receivedAt).thenComparing(Incident::id));
    }

    private Optional<Incident> newestOpen(String query, String value, String category, Instant since) {
        if (value == null) {
            return Optional.empty();
        }
        return em.createNamedQuery(query, Incident.class)
                .setParameter("open", IncidentStatus.OPEN).setParameter("category", category)
                .setParameter("since", since).setParameter("match", value)
                .setMaxResults(1).getResultStream().findFirst();
    }

    public List<Incident> repeatsOf(long orderId) {
        return em.createNamedQuery(Incident.REPEATS_OF, Incident.class).setParameter("order", orderId).getResultList();
    }

    /** One page of the queue: orders only, 110's pinned first, then by latest attention. */
    public List<Incident> queue(QueueFilter filter, int first, int max) {
        Query q = where(filter);
        TypedQuery<Incident> query = em.createQuery("select i from Incident i" + q.jpql
                + " order by i.pinned desc, i.queueAt desc, i.id desc", Incident.class);
        q.parameters.forEach(query::setParameter);
        return query.setFirstResult(first).setMaxResults(max).getResultList();
    }

    public long count(QueueFilter filter) {
        Query q = where(filter);
        TypedQuery<Long> query = em.createQuery("select count(i) from Incident i" + q.jpql, Long.class);
        q.parameters.forEach(query::setParameter);
        return query.getSingleResult();
    }

    private record Query(String jpql, Map<String, Object> parameters) {
    }

    private static Query where(QueueFilter f) {
        StringBuilder jpql = new StringBuilder(" where ");
        Map<String, Object> p = new HashMap<>();
        if (f.status() == null || f.status() == IncidentStatus.REPEAT) {
            jpql.append("i.status in :statuses");
            p.put("statuses", List.of(IncidentStatus.OPEN, IncidentStatus.CLOSED));
        } else {
            jpql.append("i.status = :status");
            p.put("status", f.status());
        }
        if (f.source() != null) {
            jpql.append(" and i.source = :source");
            p.put("source", f.source());
        }
        if (f.category() != null && !f.category().isBlank()) {
            // equality on either column keeps the queue's index order usable; LIKE would not
            jpql.append(f.category().length() == 3 ? " and i.categoryRoot = :category" : " and i.categoryCode = :category");
            p.put("category", f.category());
        }
        if (f.subDistrict() != null && !f.subDistrict().isBlank()) {
            jpql.append(" and i.subDistrict = :subDistrict");
            p.put("subDistrict", f.subDistrict());
        }
        if (f.receivedFrom() != null) {
            jpql.append(" and i.receivedAt >= :from");
            p.put("from", f.receivedFrom());
        }
        if (f.receivedBefore() != null) {
            jpql.append(" and i.receivedAt < :before");
            p.put("before", f.receivedBefore());
        }
        Set<String> tokens = SearchToken.tokens(f.text());
        if (!tokens.isEmpty()) {
            jpql.append(" and i.id in (select t.incidentId from SearchToken t where t.token in :tokens"
                    + " group by t.incidentId having count(t.token) = :tokenCount)");
            p.put("tokens", List.copyOf(tokens));
            p.put("tokenCount", (long) tokens.size());
        }
        return new Query(jpql.toString(), p);
    }

    /** Repeat counts of the orders received in {@code [from, to)} that drew any. */
    public java.util.Map<Long, Integer> repeatCounts(java.time.Instant from, java.time.Instant to) {
        java.util.Map<Long, Integer> counts = new java.util.HashMap<>();
        em.createQuery("select i.id, i.repeatCount from Incident i where i.status <> :repeat and i.repeatCount > 0 "
                + "and i.receivedAt >= :from and i.receivedAt < :to", Object[].class)
                .setParameter("repeat", org.linkage110.intake.IncidentStatus.REPEAT).setParameter("from", from)
                .setParameter("to", to).getResultStream()
                .forEach(r -> counts.put(((Number) r[0]).longValue(), ((Number) r[1]).intValue()));
        return counts;
    }

    public java.util.Map<Long, Integer> repeatCountsOf(java.util.Collection<Long> orders) {
        java.util.Map<Long, Integer> counts = new java.util.HashMap<>();
        List<Long> ids = List.copyOf(orders);
        for (int at = 0; at < ids.size(); at += 1000) {
            em.createQuery("select i.id, i.repeatCount from Incident i where i.status <> :repeat and i.repeatCount > 0 "
                    + "and i.id in :ids", Object[].class)
                    .setParameter("repeat", org.linkage110.intake.IncidentStatus.REPEAT)
                    .setParameter("ids", ids.subList(at, Math.min(ids.size(), at + 1000))).getResultStream()
                    .forEach(r -> counts.put(((Number) r[0]).longValue(), ((Number) r[1]).intValue()));
        }
        return counts;
    }

    /**
     * Orders by (item, place key) and (item, grid) with at least {@code threshold} in the period,
     * largest first; each cluster's orders are read apart, so that none is cut off however many.
     */
    public List<org.linkage110.intake.Cluster> clusters(java.time.Instant from, java.time.Instant to, int threshold) {
        List<org.linkage110.intake.Cluster> clusters = new java.util.ArrayList<>();
        var start = java.time.LocalDateTime.ofInstant(from, java.time.ZoneOffset.UTC);
        var end = java.time.LocalDateTime.ofInstant(to, java.time.ZoneOffset.UTC);
        String orders = "FROM intake_incident i WHERE i.status <> 'REPEAT' AND i.category_code IS NOT NULL "
                + "AND i.received_at >= ? AND i.received_at < ? "
                + "AND NOT EXISTS (SELECT 1 FROM intake_drill d WHERE d.incident_id = i.id) ";
        for (String[] kind : new String[][] {{"PLACE", "place_key"}, {"GRID", "grid_code"}}) {
            List<?> groups = em.createNativeQuery("SELECT i.category_code, i." + kind[1] + " " + orders
                    + "AND i." + kind[1] + " IS NOT NULL AND i." + kind[1] + " <> '' "
                    + "GROUP BY i.category_code, i." + kind[1] + " HAVING COUNT(*) >= ? ORDER BY COUNT(*) DESC")
                    .setParameter(1, start).setParameter(2, end).setParameter(3, threshold).getResultList();
            for (Object group : groups) {
                Object[] g = (Object[]) group;
                List<?> ids = em.createNativeQuery("SELECT i.id " + orders + "AND i.category_code = ? AND i." + kind[1]
                                + " = ? ORDER BY i.id").setParameter(1, start).setParameter(2, end)
                        .setParameter(3, g[0]).setParameter(4, g[1]).getResultList();
                clusters.add(new org.linkage110.intake.Cluster((String) g[0], kind[0], (String) g[1],
                        ids.stream().map(id -> ((Number) id).longValue()).toList()));
            }
        }
        return clusters;
    }
}

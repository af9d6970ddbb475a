package org.linkage110.intake.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** Incidents in the intake tables. Callers bring the transaction. */
@ApplicationScoped
public class IncidentRepository {

    @PersistenceContext(unitName = "intake")
    EntityManager em;

    /** Stores the incident and assigns its id. */
    public Incident add(Incident incident) {
        em.persist(incident);
        em.flush();
        return incident;
    }

    public Optional<Incident> find(long id) {
        return Optional.ofNullable(em.find(Incident.class, id));
    }

    public List<Incident> newestFirst(int first, int max) {
        return em.createNamedQuery(Incident.NEWEST_FIRST, Incident.class)
                .setFirstResult(first)
                .setMaxResults(max)
                .getResultList();
    }

    public long count() {
        return em.createNamedQuery(Incident.COUNT, Long.class).getSingleResult();
    }
}

package org.linkage110.supervision.internal;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The days whose facts the sweep of earlier versions built, before there were order facts
 * ({@code supervision_fact_legacy_day}): a change of one of their orders does not move them (it would
 * count the order twice) until the day is rebuilt once from the raw orders. Every method joins the
 * caller's transaction.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class LegacyDays {

    @PersistenceContext(unitName = "supervision")
    EntityManager em;

    /** Whether the day still holds facts the sweep built before there were order facts. */
    public boolean contains(LocalDate day) {
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM supervision_fact_legacy_day WHERE day = ?")
                .setParameter(1, day).getSingleResult()).longValue() > 0;
    }

    /** Which of these days still hold facts the sweep built before there were order facts. */
    public Set<LocalDate> among(Collection<LocalDate> days) {
        if (days.isEmpty()) {
            return Set.of();
        }
        var select = em.createNativeQuery("SELECT day FROM supervision_fact_legacy_day WHERE day IN ("
                + String.join(", ", Collections.nCopies(days.size(), "?")) + ")");
        int p = 1;
        for (LocalDate day : days) {
            select.setParameter(p++, day);
        }
        List<?> found = select.getResultList();
        return found.stream().map(FactTables::day).collect(Collectors.toSet());
    }

    /** Days still to convert, oldest first. */
    public List<LocalDate> oldest(int max) {
        return em.createNativeQuery("SELECT day FROM supervision_fact_legacy_day ORDER BY day").setMaxResults(max)
                .getResultList().stream().map(FactTables::day).toList();
    }

    public void converted(LocalDate day) {
        em.createNativeQuery("DELETE FROM supervision_fact_legacy_day WHERE day = ?").setParameter(1, day)
                .executeUpdate();
    }
}

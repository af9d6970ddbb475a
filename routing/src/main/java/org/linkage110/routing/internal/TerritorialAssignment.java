package org.linkage110.routing.internal;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.linkage110.domain.event.IncidentRecorded;
import org.linkage110.intake.Incidents;
import org.linkage110.intake.Taxonomy;

/**
 * "Territorial first" (属地管理优先): when intake records an order, find the grid and sub-district
 * its address names and tell intake, then record the order's proposal, in the same transaction. A grid the sender gave wins over
 * the address; the longest matching address keyword wins over shorter ones.
 *
 * <p>A session bean, not a plain CDI bean: in an EAR the event arrives from intake's module, and
 * only an EJB call switches to routing's module, where routing's persistence unit lives.
 */
@Stateless
public class TerritorialAssignment {

    @PersistenceContext(unitName = "routing")
    EntityManager em;

    @Inject
    Incidents incidents;

    @Inject
    Proposals proposals;

    @Inject
    Taxonomy taxonomy;

    /** How many items of the reading the proposal keeps (the portal shows the top three). */
    static final int SUGGESTIONS = 3;

    /**
     * Locates the new order, has intake read its description (flags with their words, police
     * cues, the best items), then has the decision table propose how to handle it and by whom.
     */
    public void onRecorded(@Observes IncidentRecorded recorded) {
        Optional<Grid> grid = locate(recorded.address(), recorded.gridCode());
        grid.ifPresent(g -> incidents.locate(recorded.incident(), g.gridCode(), g.unitCode()));
        proposals.propose(recorded, grid.map(Grid::unitCode).orElse(null),
                taxonomy.read(recorded.description(), SUGGESTIONS));
    }

    public Optional<Grid> locate(String address, String givenGrid) {
        if (givenGrid != null) {
            Grid grid = em.find(Grid.class, givenGrid);
            if (grid != null) {
                return Optional.of(grid);
            }
        }
        List<GridKeyword> keywords = em.createNamedQuery(GridKeyword.ALL, GridKeyword.class).getResultList();
        return keywords.stream()
                .filter(k -> address.contains(k.keyword()))
                .max(java.util.Comparator.comparingInt(k -> k.keyword().length()))
                .map(k -> em.find(Grid.class, k.gridCode()));
    }
}

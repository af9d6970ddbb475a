package org.linkage110.routing.internal;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.linkage110.domain.event.IncidentRecorded;
import org.linkage110.intake.Incidents;
import org.linkage110.intake.Taxonomy;
import org.linkage110.platform.reference.ReferenceCopies;
import org.linkage110.routing.internal.reference.GridKind;

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

    /** The grids' address keywords and units, as last read (ReferenceCopies). */
    @Inject
    ReferenceCopies copies;

    /** A grid as the order is placed in it: the grid and the sub-district (unit) it belongs to. */
    public record Place(String gridCode, String unitCode) {
    }

    private record Keyword(String keyword, String gridCode) {
    }

    /** How many items of the reading the proposal keeps (the portal shows the top three). */
    static final int SUGGESTIONS = 3;

    /**
     * Locates the new order, has intake read its description (flags with their words, police
     * cues, the best items), then has the decision table propose how to handle it and by whom.
     */
    public void onRecorded(@Observes IncidentRecorded recorded) {
        Optional<Place> grid = locate(recorded.address(), recorded.gridCode());
        grid.ifPresent(g -> incidents.locate(recorded.incident(), g.gridCode(), g.unitCode()));
        proposals.propose(recorded, grid.map(Place::unitCode).orElse(null),
                taxonomy.read(recorded.description(), SUGGESTIONS));
    }

    public Optional<Place> locate(String address, String givenGrid) {
        if (givenGrid != null) {
            Optional<Place> given = grid(givenGrid);
            if (given.isPresent()) {
                return given;
            }
        }
        List<Keyword> keywords = copies.of(GridKind.NAME, "keywords", () -> em
                .createNamedQuery(GridKeyword.ALL, GridKeyword.class).getResultStream()
                .map(k -> new Keyword(k.keyword(), k.gridCode())).toList());
        return keywords.stream()
                .filter(k -> address.contains(k.keyword()))
                .max(Comparator.comparingInt(k -> k.keyword().length()))
                .flatMap(k -> grid(k.gridCode()));
    }

    private Optional<Place> grid(String code) {
        return copies.of(GridKind.NAME, code, () -> Optional.ofNullable(em.find(Grid.class, code))
                .map(g -> new Place(g.gridCode(), g.unitCode())));
    }
}

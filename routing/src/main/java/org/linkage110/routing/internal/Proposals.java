package org.linkage110.routing.internal;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.linkage110.domain.HandlingClass;
import org.linkage110.domain.event.IncidentRecorded;
import org.linkage110.intake.CallReading;
import org.linkage110.platform.AuditTrail;
import org.linkage110.platform.AuditedChange;
import org.linkage110.platform.reference.ReferenceCopies;
import org.linkage110.routing.internal.reference.LinkageUnitKind;
import org.linkage110.routing.internal.reference.ResponsibilityKind;

/**
 * The decision table's proposal for a new order, and the units it would go to ("whoever is in
 * charge is responsible" by the responsibility list, "territorial first" by the address); after a
 * lead unit's return, the proposal for the next round without the units that sent it back.
 */
@Stateless
public class Proposals {

    @Inject
    OrderBook book;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /** The decision table, the responsibility list's entries and the units' tiers, as last read (ReferenceCopies). */
    @Inject
    ReferenceCopies copies;

    /** The decision table, as last read unless it changed since (RuleBook tells the copies). */
    public DecisionTable decisionTable() {
        return copies.of(RuleBook.TABLE, "table", () -> new DecisionTable(book.em().createNamedQuery(StoredRule.ALL, StoredRule.class)
                .getResultStream().map(StoredRule::toRule).toList()));
    }

    /**
     * Records a new order with the decision table's proposal — on the given flags and those the
     * reading of the description infers — what it rests on, and the units it would go to.
     */
    public RoutingOrder propose(IncidentRecorded recorded, String subDistrict, CallReading reading) {
        ProposalBasis basis = ProposalBasis.of(recorded.flags(), reading);
        var proposal = decisionTable().decide(basis.facts(recorded.categoryCode()));
        UnitChoice units = choose(proposal.handlingClass(), recorded.categoryCode(), subDistrict, List.of());
        RoutingOrder order = RoutingOrder.propose(recorded, subDistrict, proposal, units, basis);
        book.persist(order);
        if (recorded.drill()) {
            book.persist(new DrillOrder(order.incidentId(), clock.instant()));
        }
        audit.record(AuditedChange.created("routing.order.proposed", "order", order.incidentId(), order.toJson()));
        book.changed(order.incidentId());
        return order;
    }

    /** The units for the order's next round: as the first time, without those that sent it back. */
    public UnitChoice nextRound(RoutingOrder order, List<String> returnedUnits) {
        HandlingClass handlingClass = order.handlingClass() == null ? order.proposal().handlingClass()
                : order.handlingClass();
        return choose(handlingClass, order.itemCode(), order.subDistrict(), returnedUnits);
    }

    private UnitChoice choose(HandlingClass handlingClass, String item, String subDistrict, List<String> excluded) {
        String lead = item == null ? null : listedLead(item);
        List<String> co = item == null ? List.of() : listedCoUnits(item);
        // the immutable lists refuse to be asked for null: an item without a listed lead, a place outside every sub-district
        java.util.function.Predicate<String> kept = unit -> unit != null && !excluded.contains(unit);
        return UnitSelection.choose(handlingClass, kept.test(lead) ? lead : null, co.stream().filter(kept).toList(),
                kept.test(subDistrict) ? subDistrict : null,
                code -> copies.of(LinkageUnitKind.NAME, code, () -> book.unit(code).tier()));
    }

    private String listedLead(String item) {
        return copies.<Optional<String>>of(ResponsibilityKind.NAME, "lead:" + item, () -> {
            List<?> rows = book.em().createNativeQuery("SELECT lead_unit_code FROM routing_responsibility WHERE item_code = ?")
                    .setParameter(1, item).getResultList();
            return Optional.ofNullable(rows.isEmpty() ? null : (String) rows.get(0));
        }).orElse(null);
    }

    private List<String> listedCoUnits(String item) {
        return copies.of(ResponsibilityKind.NAME, "co:" + item, () -> book.em()
                .createNativeQuery("SELECT unit_code FROM routing_responsibility_co_unit WHERE item_code = ? ORDER BY unit_code")
                .setParameter(1, item).getResultList().stream().map(String.class::cast).toList());
    }
}

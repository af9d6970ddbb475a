package org.linkage110.routing.internal;

import org.linkage110.routing.RoutingProblem;
import java.util.Optional;
import org.linkage110.intake.FieldProblem;

/** 003: tier-3 units (三到位) support only; they never lead an order, on the scene or through 12345. */
public final class TierThreeNeverLeads {

    private TierThreeNeverLeads() {
    }

    public static Optional<FieldProblem> check(String field, LinkageUnit lead) {
        return lead.tier().mayLeadFieldWork() ? Optional.empty()
                : Optional.of(RoutingProblem.TIER_THREE_LEADS.at(field));
    }
}

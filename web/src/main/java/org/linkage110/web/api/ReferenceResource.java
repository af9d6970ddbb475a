package org.linkage110.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.linkage110.domain.Tier;
import org.linkage110.routing.DecisionRuleView;
import org.linkage110.routing.DecisionRules;
import org.linkage110.routing.LinkageUnitView;
import org.linkage110.routing.LinkageUnits;
import org.linkage110.routing.RoutingRefusedException;
import org.linkage110.routing.RuleRevision;
import org.linkage110.routing.TierChangeView;

/**
 * Routing's reference data for the office's systems (staff accounts): the decision table (ADMIN
 * changes it, with a reason, and every change is kept) and the units' tiers (the office moves a
 * unit; the change applies to instructions sent from then on).
 */
@Path("v1")
@RequestScoped
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class ReferenceResource {

    /** A change with its reason: a rule's new content, or a unit's new tier. */
    public record RuleChange(DecisionRuleView rule, String why) {
    }

    public record TierRequest(Integer tier, String reason) {
    }

    @Inject
    DecisionRules rules;

    @Inject
    LinkageUnits units;

    @GET
    @Path("decision-rules")
    @Operation(summary = "The assessment decision table, by priority")
    public List<DecisionRuleView> rules() {
        return rules.all();
    }

    @GET
    @Path("decision-rules/{id}/history")
    @Operation(summary = "Every saved state of a rule, who changed it, when and why")
    public List<RuleRevision> history(@PathParam("id") String id) {
        return rules.history(id);
    }

    @PUT
    @Path("decision-rules/{id}")
    @Operation(summary = "Add or change a rule (ADMIN); the version read must be sent back in the rule")
    public DecisionRuleView save(@PathParam("id") String id, RuleChange change) {
        if (change == null || change.rule() == null || !id.equals(change.rule().id())) {
            throw RoutingRefusedException.of("rule", "send the rule, with the id of the path, and why");
        }
        return rules.save(change.rule(), change.why());
    }

    @GET
    @Path("units/{code}/tiers")
    @Operation(summary = "Every tier the unit has had")
    public List<TierChangeView> tiers(@PathParam("code") String code) {
        return units.tierHistory(code);
    }

    @POST
    @Path("units/{code}/tier")
    @Operation(summary = "Move a unit to another tier (SUPERVISOR, ADMIN), with the reason")
    public LinkageUnitView changeTier(@PathParam("code") String code, TierRequest request) {
        Tier tier;
        try {
            tier = request == null || request.tier() == null ? null : Tier.of(request.tier());
        } catch (IllegalArgumentException e) {
            throw RoutingRefusedException.of("tier", "1, 2 or 3");
        }
        return units.changeTier(code, tier, request == null ? null : request.reason());
    }
}

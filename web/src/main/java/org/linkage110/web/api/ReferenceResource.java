package org.linkage110.web.api;

import org.linkage110.routing.RoutingProblem;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.linkage110.routing.DecisionRuleView;
import org.linkage110.routing.DecisionRules;
import org.linkage110.routing.RoutingRefusedException;
import org.linkage110.routing.RuleRevision;

/**
 * The assessment decision table for the office's systems (staff accounts): ADMIN changes it, with
 * a reason, and every change is kept. Other reference data: {@link ReferenceDataResource}.
 */
@Path("v1")
@RequestScoped
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class ReferenceResource {

    /** A change with its reason: a rule's new content. */
    public record RuleChange(DecisionRuleView rule, String why) {
    }

    @Inject
    DecisionRules rules;


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
            throw RoutingRefusedException.of("rule", RoutingProblem.RULE_BODY);
        }
        return rules.save(change.rule(), change.why());
    }
}

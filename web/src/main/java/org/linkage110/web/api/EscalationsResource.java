package org.linkage110.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.linkage110.supervision.EscalationLadder;
import org.linkage110.supervision.EscalationView;

/**
 * The escalation ladder of one order. A resource of its own whose path names the order, since
 * {@code v1/orders} (the orders' resource) would otherwise win the match and answer 404.
 */
@Path("v1/orders/{id: [0-9]{1,18}}/escalations")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class EscalationsResource {

    @Inject
    EscalationLadder ladder;

    @GET
    @Operation(summary = "The steps of the escalation ladder the order reached")
    public List<EscalationView> escalations(@PathParam("id") long id) {
        return ladder.of(id);
    }
}

package org.linkage110.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.linkage110.domain.DispatchMode;
import org.linkage110.domain.HandlingClass;
import org.linkage110.domain.InstructionLevel;
import org.linkage110.platform.Jsons;
import org.linkage110.routing.DispatchDecision;
import org.linkage110.routing.HandlingRecordView;
import org.linkage110.routing.InstructionView;
import org.linkage110.routing.OrderView;
import org.linkage110.routing.Orders;

/** The office's desk over HTTP (staff accounts): an order's proposal, its dispatch, police referral, requests. */
@Path("v1/orders")
@RequestScoped
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class OrdersResource {

    /** An order with all its instructions. */
    public record OrderDetail(OrderView order, List<InstructionView> instructions) {
    }

    @Inject
    Orders orders;

    @GET
    @Path("{id: [0-9]{1,18}}")
    @Operation(summary = "The order: the proposal with its rule and reason, the decision, every instruction")
    public Response get(@PathParam("id") long id) {
        OrderView order = orders.find(id).orElseThrow(NotFoundException::new);
        return Response.ok(new OrderDetail(order, orders.instructionsOf(id))).tag(Long.toString(order.version())).build();
    }

    @POST
    @Path("{id: [0-9]{1,18}}/dispatch")
    @Operation(summary = "Dispatch the order as proposed, or override it with a reason")
    @APIResponse(responseCode = "200", description = "The instructions sent")
    @APIResponse(responseCode = "409", description = "Dispatched already, or changed meanwhile")
    @APIResponse(responseCode = "422", description = "Units or decision not acceptable, or an override without reason")
    public List<InstructionView> dispatch(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch,
                                          DispatchRequest body) {
        OrderView order = orders.find(id).orElseThrow(NotFoundException::new);
        DispatchDecision proposed = DispatchDecision.asProposed(order);
        DispatchRequest request = body == null ? new DispatchRequest(null, null, null, null, null, null) : body;
        List<Problem.FieldError> errors = new ArrayList<>();
        HandlingClass handlingClass = Enums.parse(HandlingClass.class, "handlingClass", request.handlingClass(), errors);
        DispatchMode mode = Enums.parse(DispatchMode.class, "dispatchMode", request.dispatchMode(), errors);
        InstructionLevel level = null;
        if (request.level() != null) {
            try {
                level = InstructionLevel.of(request.level());
            } catch (IllegalArgumentException e) {
                errors.add(new Problem.FieldError("level", "1 (urgent) or 2 (non-urgent)"));
            }
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(new Problem(400, "invalid-fields", "Bad Request", "Some fields are not valid.", errors));
        }
        return orders.dispatch(id, new DispatchDecision(
                handlingClass == null ? proposed.handlingClass() : handlingClass,
                level == null ? proposed.level() : level,
                mode == null ? proposed.dispatchMode() : mode,
                request.leadUnit() == null ? proposed.leadUnit() : request.leadUnit(),
                request.coUnits() == null ? proposed.coUnits() : request.coUnits(),
                request.reason()), Versions.ifMatch(ifMatch));
    }

    @POST
    @Path("{id: [0-9]{1,18}}/send-to-police")
    @Operation(summary = "Police business after all: send the order back to 110 with the reason")
    public JsonObject sendToPolice(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch,
                                   ActionRequest body) {
        orders.sendToPolice(id, body == null ? null : body.text(), Versions.ifMatch(ifMatch));
        return Jsons.createObjectBuilder().add("orderId", id).add("status", "SENT_TO_POLICE").build();
    }

    @POST
    @Path("requests/{id: [0-9]{1,18}}/{decision: accept|refuse}")
    @Operation(summary = "Accept or refuse a unit's extension request or request for more units")
    public HandlingRecordView decide(@PathParam("id") long id, @PathParam("decision") String decision,
                                     ActionRequest body) {
        return orders.decide(id, "accept".equals(decision), body == null ? null : body.text());
    }
}

package org.linkage110.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.linkage110.domain.IncidentId;
import org.linkage110.domain.IncidentSource;
import org.linkage110.intake.IncidentFlags;
import org.linkage110.intake.IncidentSummary;
import org.linkage110.intake.Incidents;
import org.linkage110.intake.IntakeReceipt;
import org.linkage110.intake.NewIncident;
import org.linkage110.platform.ApiCall;
import org.linkage110.platform.Jsons;

/** Incidents pushed by the 110 and 12345 platforms. */
@AllowedCall(ApiCall.INCIDENTS)
@Path("v1/incidents")
@RequestScoped
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class IncidentsResource {

    @Inject
    Incidents incidents;

    @Inject
    CallingAgency caller;

    @Inject
    RequestChecks checks;

    @Context
    UriInfo uri;

    @POST
    @Operation(summary = "Deliver an incident judged non-police",
            description = "Idempotent per external number: a retry returns the first receipt, other content is a 409.")
    @APIResponse(responseCode = "201", description = "A new order was opened")
    @APIResponse(responseCode = "200", description = "A redelivery, or a repeat call linked to an open order")
    @APIResponse(responseCode = "400", description = "Fields missing or malformed (problem+json with errors)")
    @APIResponse(responseCode = "409", description = "The external number was delivered before with other content")
    @APIResponse(responseCode = "422", description = "Unknown category or inquiry answers that do not fit")
    public Response create(IncidentRequest body) {
        if (body == null) {
            return Problem.of(Response.Status.BAD_REQUEST, "missing-body", "The request has no JSON body.").toResponse();
        }
        IncidentSource source = caller.incidentSource();
        Instant receivedAt = checks.timestamp("receivedAt", body.receivedAt());
        checks.require("externalNumber", body.externalNumber());
        NewIncident incoming = new NewIncident(source, body.externalNumber(), receivedAt, body.callerName(),
                body.callerPhone(), body.address(), body.gridCode(), body.description(), body.categoryCode(),
                flags(body.flags()), body.inquiryAnswers() == null ? Map.of() : body.inquiryAnswers());
        checks.validate(incoming);
        Optional<Response> rejection = checks.rejection();
        if (rejection.isPresent()) {
            return rejection.get();
        }
        IntakeReceipt receipt = incidents.receive(incoming);
        URI location = uri.getBaseUriBuilder().path(IncidentsResource.class).path(Long.toString(receipt.incidentId()))
                .build();
        Response.ResponseBuilder response = receipt.outcome() == IntakeReceipt.Outcome.CREATED
                ? Response.created(location)
                : Response.ok().location(location);
        return response.entity(json(receipt)).build();
    }

    @GET
    @Path("{id: [0-9]{1,18}}")
    @Operation(summary = "Read an incident this agency delivered")
    public IncidentSummary get(@PathParam("id") long id) {
        if (id <= 0) {
            throw new NotFoundException();
        }
        return incidents.findFromSource(new IncidentId(id), caller.incidentSource()).orElseThrow(NotFoundException::new);
    }

    private static IncidentFlags flags(IncidentRequest.Flags flags) {
        if (flags == null) {
            return IncidentFlags.NONE;
        }
        return new IncidentFlags(Boolean.TRUE.equals(flags.onSceneDispute()), Boolean.TRUE.equals(flags.threatToSafety()),
                Boolean.TRUE.equals(flags.utilitiesHazard()), Boolean.TRUE.equals(flags.needsPoliceFirst()));
    }

    private static JsonObject json(IntakeReceipt receipt) {
        var json = Jsons.createObjectBuilder()
                .add("id", receipt.incidentId())
                .add("orderId", receipt.orderId())
                .add("outcome", receipt.outcome().name())
                .add("repeatCount", receipt.repeatCount())
                .add("categorySuggested", receipt.categorySuggested());
        if (receipt.categoryCode() != null) {
            json.add("categoryCode", receipt.categoryCode());
        }
        return json.build();
    }
}

package org.linkage110.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.linkage110.domain.IncidentSource;
import org.linkage110.intake.NewPoliceMatter;
import org.linkage110.intake.PoliceMatterReceipt;
import org.linkage110.intake.PoliceMatters;
import org.linkage110.platform.ApiCall;

/** Police business that reached the 12345 hotline, pushed in by 12345 and forwarded to 110. */
@AllowedCall(ApiCall.POLICE_MATTERS)
@Path("v1/police-matters")
@RequestScoped
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class PoliceMattersResource {

    @Inject
    PoliceMatters policeMatters;

    @Inject
    CallingAgency caller;

    @Inject
    RequestChecks checks;

    @Context
    UriInfo uri;

    @POST
    @Operation(summary = "Push a police matter from 12345 (report, emergency help, complaint about police)",
            description = "Recorded and forwarded to 110 at once; an emergency is due for feedback within one hour.")
    public Response create(PoliceMatterRequest body) {
        if (body == null) {
            return Problem.of(Response.Status.BAD_REQUEST, "missing-body", "The request has no JSON body.").toResponse();
        }
        caller.require("12345", "only the 12345 hotline pushes police matters");
        Instant receivedAt = checks.timestamp("receivedAt", body.receivedAt());
        NewPoliceMatter.Kind kind = Arrays.stream(NewPoliceMatter.Kind.values())
                .filter(k -> k.name().equals(body.kind())).findFirst().orElse(null);
        if (body.kind() != null && kind == null) {
            checks.reject("kind", "must be one of " + Arrays.toString(NewPoliceMatter.Kind.values()));
        }
        NewPoliceMatter matter = new NewPoliceMatter(IncidentSource.HOTLINE_12345, body.externalNumber(), kind,
                Boolean.TRUE.equals(body.emergency()), receivedAt, body.callerName(), body.callerPhone(),
                body.address(), body.description());
        checks.validate(matter);
        Optional<Response> rejection = checks.rejection();
        if (rejection.isPresent()) {
            return rejection.get();
        }
        PoliceMatterReceipt receipt = policeMatters.receive(matter);
        var json = Json.createObjectBuilder().add("id", receipt.id()).add("redelivered", receipt.redelivered());
        if (receipt.feedbackDueAt() != null) {
            json.add("feedbackDueAt", receipt.feedbackDueAt().toString());
        }
        Response.ResponseBuilder response = receipt.redelivered()
                ? Response.ok()
                : Response.created(uri.getAbsolutePathBuilder().path(Long.toString(receipt.id())).build());
        return response.entity(json.build()).build();
    }
}

package org.linkage110.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.linkage110.domain.IncidentSource;
import org.linkage110.intake.NewPoliceMatter;
import org.linkage110.intake.PoliceMatterReceipt;
import org.linkage110.intake.PoliceMatterView;
import org.linkage110.intake.PoliceMatters;
import org.linkage110.platform.ApiCall;
import org.linkage110.platform.ApiClientView;
import org.linkage110.platform.Jsons;

/**
 * Police business that reached the 12345 hotline, pushed in by 12345 and forwarded to 110; 110's
 * feedback on each, sent back to 12345; both read the matters.
 */
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
        var json = Jsons.createObjectBuilder().add("id", receipt.id()).add("redelivered", receipt.redelivered());
        if (receipt.feedbackDueAt() != null) {
            json.add("feedbackDueAt", receipt.feedbackDueAt().toString());
        }
        Response.ResponseBuilder response = receipt.redelivered()
                ? Response.ok()
                : Response.created(uri.getAbsolutePathBuilder().path(Long.toString(receipt.id())).build());
        return response.entity(json.build()).build();
    }

    @POST
    @Path("{id: [0-9]{1,18}}/feedback")
    @Operation(summary = "110's feedback on a police matter 12345 forwarded (once; an emergency one within the hour)",
            description = "Body {\"text\": ...}. Sent on to 12345 through the outbox; a second feedback is 409.")
    public Response feedback(@PathParam("id") long id, ActionRequest body) {
        caller.require("110", "only 110 gives feedback on police matters");
        if (body == null || body.text() == null || body.text().isBlank()) {
            checks.reject("text", "the feedback is required");
        } else if (body.text().length() > 2000) {
            checks.reject("text", "at most 2000 characters");
        }
        return checks.rejection().orElseGet(() -> Response.ok(policeMatters.feedback(id, body.text(),
                caller.client().map(ApiClientView::clientId).orElse("110"))).build());
    }

    @GET
    @Operation(summary = "The latest police matters, newest first (12345 and 110; max, at most 500)")
    public List<PoliceMatterView> latest(@QueryParam("max") @DefaultValue("100") int max) {
        return policeMatters.latest(readableSource(), max);
    }

    @GET
    @Path("{id: [0-9]{1,18}}")
    @Operation(summary = "One police matter with 110's feedback once given")
    public PoliceMatterView one(@PathParam("id") long id) {
        IncidentSource source = readableSource();
        return policeMatters.find(id).filter(m -> source == null || m.source().equals(source.name()))
                .orElseThrow(() -> new NotFoundException("no police matter " + id));
    }

    /** The source whose matters the caller reads: 12345 its own, 110 (and staff) every one. */
    private IncidentSource readableSource() {
        if (caller.client().isEmpty() || caller.agency().filter("110"::equals).isPresent()) {
            return null;
        }
        caller.require("12345", "police matters are read by 12345 and 110");
        return IncidentSource.HOTLINE_12345;
    }
}

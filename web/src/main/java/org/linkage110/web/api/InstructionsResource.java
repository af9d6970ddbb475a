package org.linkage110.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.linkage110.platform.ApiCall;
import org.linkage110.routing.ActionInput;
import org.linkage110.routing.HandlingRecordView;
import org.linkage110.routing.InstructionAction;
import org.linkage110.routing.InstructionStatus;
import org.linkage110.routing.InstructionView;
import org.linkage110.routing.Instructions;
import org.linkage110.routing.Orders;

/**
 * Instructions for the systems of linkage units and 12345: list mine, read one, act on it. The
 * office (staff accounts) reads any and confirms or reopens. Someone else's instruction is a 404,
 * exactly like one that does not exist.
 */
@AllowedCall(ApiCall.INSTRUCTIONS)
@Path("v1/instructions")
@RequestScoped
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class InstructionsResource {

    /** The office's own actions have endpoints of their own. */
    private static final Set<InstructionAction> UNIT_ACTIONS = EnumSet.complementOf(EnumSet.of(
            InstructionAction.CONFIRM, InstructionAction.REOPEN, InstructionAction.REPORT_BACK));

    @Inject
    Instructions instructions;

    @Inject
    Orders orders;

    @Inject
    RequestChecks checks;

    @GET
    @Operation(summary = "My unit's instructions", description = "Those still in hand unless statuses are given.")
    public List<InstructionView> mine(@QueryParam("status") List<String> statuses, @QueryParam("first") Integer first,
                                      @QueryParam("max") Integer max) {
        Set<InstructionStatus> wanted = EnumSet.noneOf(InstructionStatus.class);
        for (String status : statuses) {
            try {
                wanted.add(InstructionStatus.valueOf(status.strip().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new BadRequestException("unknown status " + status + "; one of "
                        + Arrays.toString(InstructionStatus.values()));
            }
        }
        return instructions.mine(wanted, first == null ? 0 : first, max == null ? 100 : max);
    }

    @GET
    @Path("{id: [0-9]{1,18}}")
    @Operation(summary = "One instruction, with its deadlines and the actions allowed now; the ETag is its version")
    @APIResponse(responseCode = "404", description = "No such instruction, or not yours")
    public Response get(@PathParam("id") long id) {
        InstructionView view = instructions.find(id);
        return Response.ok(view).tag(Long.toString(view.version())).build();
    }

    @GET
    @Path("{id: [0-9]{1,18}}/records")
    @Operation(summary = "What was put on record for the instruction: requests, handovers, notes")
    public List<HandlingRecordView> records(@PathParam("id") long id) {
        return instructions.records(id);
    }

    @POST
    @Path("{id: [0-9]{1,18}}/actions/{action}")
    @Operation(summary = "Act on my instruction",
            description = "sign, return, contact-caller, pull-video, depart, arrive, report, submit-result, "
                    + "request-extension, request-more-units, record-police-handover. Send If-Match with the ETag "
                    + "read to make sure nobody changed it meanwhile.")
    @APIResponse(responseCode = "200", description = "Done; the instruction as it is now")
    @APIResponse(responseCode = "404", description = "No such instruction, or not yours")
    @APIResponse(responseCode = "409", description = "Not allowed in its current status, or changed meanwhile")
    @APIResponse(responseCode = "422", description = "A field the action needs is missing or does not fit")
    public Response act(@PathParam("id") long id, @PathParam("action") String action,
                        @HeaderParam("If-Match") String ifMatch, ActionRequest body) {
        InstructionAction wanted = action(action);
        ActionRequest request = Optional.ofNullable(body).orElse(new ActionRequest(null, null, null, null));
        Instant requestedDue = request.requestedDue() == null ? null
                : checks.moment("requestedDue", request.requestedDue());
        Optional<Response> rejection = checks.rejection();
        if (rejection.isPresent()) {
            return rejection.get();
        }
        InstructionView view = instructions.perform(id, wanted,
                new ActionInput(request.text(), request.headName(), requestedDue, request.units()),
                Versions.ifMatch(ifMatch));
        return Response.ok(view).tag(Long.toString(view.version())).build();
    }

    /** A head's answer to an extension request of the unit. */
    public record SignOffRequest(Boolean approve, String note) {
    }

    @GET
    @Path("requests/awaiting-sign-off")
    @Operation(summary = "Extension requests of my unit waiting for the unit head's sign-off")
    public List<HandlingRecordView> awaitingSignOff() {
        return instructions.awaitingSignOff();
    }

    @POST
    @Path("requests/{id: [0-9]{1,18}}/sign-off")
    @Operation(summary = "The unit head signs an extension request off (approve true: it goes to the office) or "
            + "turns it down with a note")
    public HandlingRecordView signOff(@PathParam("id") long id, SignOffRequest request) {
        if (request == null || request.approve() == null) {
            checks.reject("approve", "must not be null");
        }
        checks.throwIfRejected();
        return instructions.signOff(id, request.approve(), request.note());
    }

    @POST
    @Path("{id: [0-9]{1,18}}/confirm")
    @Operation(summary = "The office accepts the unit's result; the last confirmation reports the order back")
    public Response confirm(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch) {
        InstructionView view = orders.confirm(id, Versions.ifMatch(ifMatch));
        return Response.ok(view).tag(Long.toString(view.version())).build();
    }

    @POST
    @Path("{id: [0-9]{1,18}}/reopen")
    @Operation(summary = "The office reopens a closed instruction for the same unit, with the reason")
    public InstructionView reopen(@PathParam("id") long id, ActionRequest body) {
        return orders.reopen(id, body == null ? null : body.text());
    }

    private static InstructionAction action(String name) {
        try {
            InstructionAction action = InstructionAction.valueOf(name.toUpperCase(Locale.ROOT).replace('-', '_'));
            if (UNIT_ACTIONS.contains(action)) {
                return action;
            }
        } catch (IllegalArgumentException e) {
            // answered below
        }
        throw new NotFoundException("no action " + name + " on an instruction");
    }
}

package org.linkage110.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.linkage110.supervision.CallbackView;
import org.linkage110.supervision.Callbacks;
import org.linkage110.supervision.EscalationLadder;
import org.linkage110.supervision.EscalationView;
import org.linkage110.supervision.InstrumentKind;
import org.linkage110.supervision.InstrumentView;
import org.linkage110.supervision.Instruments;
import org.linkage110.supervision.NotificationView;
import org.linkage110.supervision.Notifications;
import org.linkage110.supervision.RecipientView;

/**
 * Supervision for the office's and the units' desk systems (staff accounts): callbacks, the
 * office's instruments and their answers, notifications, escalations.
 */
@Path("v1")
@RequestScoped
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class SupervisionResource {

    public record CallbackAnswer(Long version, Boolean reached, String resolution, String satisfaction,
                                 String comment) {
    }

    public record InstrumentRequest(String kind, String title, String body, List<String> units, String answerDue,
                                    Long incidentId) {
    }

    @Inject
    Callbacks callbacks;

    @Inject
    Instruments instruments;

    @Inject
    Notifications notifications;

    @Inject
    EscalationLadder ladder;

    @Inject
    RequestChecks checks;

    @GET
    @Path("callbacks")
    @Operation(summary = "Callbacks still to make (SUPERVISOR)")
    public List<CallbackView> callbacks(@QueryParam("max") Integer max) {
        return callbacks.queue(max == null ? 100 : max);
    }

    @POST
    @Path("callbacks/{id: [0-9]{1,18}}")
    @Operation(summary = "Record a callback: not reached, or reached with resolution, satisfaction and comment; "
            + "NOT_RESOLVED or FALSELY_SOLVED reopens the order to the same unit")
    public CallbackView callback(@PathParam("id") long id, CallbackAnswer answer) {
        List<Problem.FieldError> errors = new ArrayList<>();
        if (answer == null || answer.version() == null) {
            errors.add(new Problem.FieldError("version", "the version read is required"));
        }
        if (answer == null || answer.reached() == null) {
            errors.add(new Problem.FieldError("reached", "required"));
        }
        CallbackView.Resolution resolution = answer == null ? null
                : Enums.parse(CallbackView.Resolution.class, "resolution", answer.resolution(), errors);
        CallbackView.Satisfaction satisfaction = answer == null ? null
                : Enums.parse(CallbackView.Satisfaction.class, "satisfaction", answer.satisfaction(), errors);
        if (!errors.isEmpty()) {
            throw new ProblemException(new Problem(400, "invalid-fields", "Bad Request", "Some fields are not valid.",
                    errors));
        }
        return Boolean.TRUE.equals(answer.reached())
                ? callbacks.answered(id, answer.version(), resolution, satisfaction, answer.comment())
                : callbacks.unreached(id, answer.version());
    }

    @POST
    @Path("instruments")
    @Operation(summary = "Issue a warning notice, supervision order or bulletin to units (SUPERVISOR)")
    public Response issue(InstrumentRequest request) {
        List<Problem.FieldError> errors = new ArrayList<>();
        InstrumentKind kind = request == null ? null : Enums.parse(InstrumentKind.class, "kind", request.kind(), errors);
        Instant due = request == null || request.answerDue() == null ? null : checks.moment("answerDue", request.answerDue());
        if (!errors.isEmpty()) {
            throw new ProblemException(new Problem(400, "invalid-fields", "Bad Request", "Some fields are not valid.",
                    errors));
        }
        var rejection = checks.rejection();
        if (rejection.isPresent()) {
            return rejection.get();
        }
        InstrumentView issued = instruments.issue(kind, request == null ? null : request.title(),
                request == null ? null : request.body(), request == null ? null : request.units(), due,
                request == null ? null : request.incidentId());
        return Response.status(Response.Status.CREATED).entity(issued).build();
    }

    @GET
    @Path("instruments")
    @Operation(summary = "The office's latest instruments with every answer (office); a unit sees what was sent to it")
    public List<InstrumentView> instruments(@jakarta.ws.rs.core.Context jakarta.ws.rs.core.SecurityContext security) {
        return security.isUserInRole("UNIT_OPERATOR") ? instruments.mine() : instruments.latest(100);
    }

    @GET
    @Path("instruments/{id: [0-9]{1,18}}.pdf")
    @Produces("application/pdf")
    @Operation(summary = "The instrument as a printable PDF in Chinese")
    public Response pdf(@PathParam("id") long id) {
        return Response.ok(instruments.pdf(id), "application/pdf")
                .header("Content-Disposition", "inline; filename=\"instrument-" + id + ".pdf\"").build();
    }

    @POST
    @Path("instruments/{id: [0-9]{1,18}}/acknowledge")
    @Operation(summary = "The addressed unit acknowledges (签收) the instrument")
    public RecipientView acknowledge(@PathParam("id") long id) {
        return instruments.acknowledge(id);
    }

    @POST
    @Path("instruments/{id: [0-9]{1,18}}/answer")
    @Operation(summary = "The addressed unit answers (text)")
    public RecipientView answer(@PathParam("id") long id, ActionRequest body) {
        return instruments.answer(id, body == null ? null : body.text());
    }

    @GET
    @Path("notifications")
    @Operation(summary = "My unit's notifications (unit operator) or the office's")
    public List<NotificationView> notifications(@jakarta.ws.rs.core.Context jakarta.ws.rs.core.SecurityContext security) {
        return security.isUserInRole("UNIT_OPERATOR") ? notifications.mine(200) : notifications.office(200);
    }

    @GET
    @Path("orders/{id: [0-9]{1,18}}/escalations")
    @Operation(summary = "The steps of the escalation ladder the order reached")
    public List<EscalationView> escalations(@PathParam("id") long id) {
        return ladder.of(id);
    }
}

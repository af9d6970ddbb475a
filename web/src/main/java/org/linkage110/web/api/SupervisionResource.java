package org.linkage110.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
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
import org.linkage110.intake.IncidentFlags;
import org.linkage110.supervision.CallbackView;
import org.linkage110.supervision.DrillPlan;
import org.linkage110.supervision.DrillScore;
import org.linkage110.supervision.RectificationView;
import org.linkage110.supervision.SampleItemView;
import org.linkage110.supervision.SampleView;
import org.linkage110.supervision.Rectifications;
import org.linkage110.supervision.Sampling;
import org.linkage110.supervision.SpotCheckView;
import org.linkage110.supervision.Stratify;
import org.linkage110.supervision.SpotChecks;
import org.linkage110.supervision.VideoChecks;
import org.linkage110.supervision.Callbacks;
import org.linkage110.supervision.NotificationView;
import org.linkage110.supervision.Notifications;

/**
 * Supervision for the office's and the units' desk systems (staff accounts): callbacks,
 * notifications, spot checks, samples and rectifications.
 */
@Path("v1")
@RequestScoped
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class SupervisionResource {

    public record CallbackAnswer(Long version, Boolean reached, String resolution, String satisfaction,
                                 String comment) {
    }

    /** A drill as the supervisor plans it; the call's fields are those of an incident. */
    public record DrillRequest(String targetUnit, String scenario, String callerName, String callerPhone,
                               String address, String description, String categoryCode, IncidentRequest.Flags flags,
                               @jakarta.json.bind.annotation.JsonbTypeDeserializer(TextMapDeserializer.class)
                               java.util.Map<String, String> inquiryAnswers) {
    }

    public record VideoCheckRequest(String unit, String onDuty, Boolean passed, String notes, String followUp,
                                    String followUpDue) {
    }

    public record SampleRequest(String day, Integer size, String stratify) {
    }

    public record ReviewRequest(Long version, java.util.Map<String, Boolean> findings, String note) {
    }

    public record Decision(Long version, String text) {
    }

    @Inject
    Sampling sampling;

    @Inject
    Rectifications rectifications;

    @Inject
    Callbacks callbacks;

    @Inject
    SpotChecks spotChecks;

    @Inject
    VideoChecks videoChecks;

    @Inject
    Notifications notifications;

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
            throw new ProblemException(Problem.invalid(errors));
        }
        return Boolean.TRUE.equals(answer.reached())
                ? callbacks.answered(id, answer.version(), resolution, satisfaction, answer.comment())
                : callbacks.unreached(id, answer.version());
    }

    @GET
    @Path("notifications")
    @Operation(summary = "My unit's notifications (unit operator) or the office's")
    public List<NotificationView> notifications(@jakarta.ws.rs.core.Context jakarta.ws.rs.core.SecurityContext security) {
        return security.isUserInRole("UNIT_OPERATOR") ? notifications.mine(200) : notifications.office(200);
    }

    @POST
    @Path("spot-checks")
    @Operation(summary = "Plan a simulated alert aimed at a unit, or at a random tier-1 unit (SUPERVISOR)")
    public Response planDrill(DrillRequest request) {
        if (request == null) {
            throw new ProblemException(Problem.of(Response.Status.BAD_REQUEST, "missing-body", "The request has no JSON body."));
        }
        IncidentRequest.Flags f = request.flags();
        IncidentFlags flags = f == null ? IncidentFlags.NONE : new IncidentFlags(Boolean.TRUE.equals(f.onSceneDispute()),
                Boolean.TRUE.equals(f.threatToSafety()), Boolean.TRUE.equals(f.utilitiesHazard()),
                Boolean.TRUE.equals(f.needsPoliceFirst()));
        SpotCheckView planned = spotChecks.plan(new DrillPlan(request.targetUnit(), request.scenario(),
                request.callerName(), request.callerPhone(), request.address(), request.description(),
                request.categoryCode(), flags, request.inquiryAnswers()));
        return Response.status(Response.Status.CREATED).entity(planned).build();
    }

    @GET
    @Path("spot-checks")
    @Operation(summary = "Drills planned, running and closed (SUPERVISOR)")
    public List<SpotCheckView> drills() {
        return spotChecks.latest(100);
    }

    @GET
    @Path("spot-checks/{id: [0-9]{1,18}}/score")
    @Operation(summary = "How the unit is doing on the drill: each measured stage against its deadline, and the score")
    public DrillScore score(@PathParam("id") long id) {
        return spotChecks.score(id);
    }

    @POST
    @Path("spot-checks/{id: [0-9]{1,18}}/close")
    @Operation(summary = "Close the drill with its score and report (send the version read)")
    public SpotCheckView closeDrill(@PathParam("id") long id, @QueryParam("version") Long version, ActionRequest body) {
        if (version == null) {
            throw new ProblemException(Problem.of(Response.Status.BAD_REQUEST, "invalid-fields",
                    "the version read is required (?version=)"));
        }
        return spotChecks.close(id, version, body == null ? null : body.text());
    }

    @POST
    @Path("video-checks")
    @Operation(summary = "Record a video spot check of a unit's duty post (SUPERVISOR); attachments through the portal")
    public Response videoCheck(VideoCheckRequest request) {
        if (request == null || request.passed() == null) {
            throw new ProblemException(Problem.invalid(List.of(new Problem.FieldError("passed", "required"))));
        }
        Instant due = request.followUpDue() == null ? null : checks.moment("followUpDue", request.followUpDue());
        var rejection = checks.rejection();
        if (rejection.isPresent()) {
            return rejection.get();
        }
        return Response.status(Response.Status.CREATED).entity(videoChecks.record(request.unit(), request.onDuty(),
                request.passed(), request.notes(), request.followUp(), due, null, null, null)).build();
    }

    @GET
    @Path("samples")
    @Operation(summary = "The latest daily samples (SUPERVISOR)")
    public List<SampleView> samples() {
        return sampling.latest(30);
    }

    @POST
    @Path("samples")
    @Operation(summary = "Draw the sample of a day by hand (SUPERVISOR): day (yyyy-MM-dd), size, stratify")
    public Response drawSample(SampleRequest request) {
        List<Problem.FieldError> errors = new ArrayList<>();
        java.time.LocalDate day = null;
        try {
            day = request == null || request.day() == null ? null : java.time.LocalDate.parse(request.day());
        } catch (java.time.format.DateTimeParseException e) {
            errors.add(new Problem.FieldError("day", "a date such as 2026-11-23"));
        }
        Stratify stratify = request == null ? null : Enums.parse(Stratify.class, "stratify", request.stratify(), errors);
        if (!errors.isEmpty()) {
            throw new ProblemException(Problem.invalid(errors));
        }
        return Response.status(Response.Status.CREATED)
                .entity(sampling.drawDay(day, request == null ? null : request.size(), stratify)).build();
    }

    @GET
    @Path("samples/{id: [0-9]{1,18}}/items")
    @Operation(summary = "The orders drawn, with their reviews")
    public List<SampleItemView> sampleItems(@PathParam("id") long id) {
        return sampling.items(id);
    }

    @GET
    @Path("samples/{id: [0-9]{1,18}}/redraw")
    @Operation(summary = "The draw again from the recorded seed, to check the sample")
    public List<Long> redraw(@PathParam("id") long id) {
        return sampling.redraw(id);
    }

    @POST
    @Path("sample-items/{id: [0-9]{1,18}}/review")
    @Operation(summary = "Review a drawn order against the checklist; anything not met asks the unit to rectify")
    public SampleItemView review(@PathParam("id") long id, ReviewRequest request) {
        if (request == null || request.version() == null) {
            throw new ProblemException(Problem.of(Response.Status.BAD_REQUEST, "invalid-fields", "the version read is required"));
        }
        return sampling.review(id, request.version(), request.findings(), request.note());
    }

    @GET
    @Path("rectifications")
    @Operation(summary = "Rectification requests: those still open (office), or my unit's (unit operator)")
    public List<RectificationView> rectifications(@jakarta.ws.rs.core.Context jakarta.ws.rs.core.SecurityContext security) {
        return security.isUserInRole("UNIT_OPERATOR") ? rectifications.myRectifications() : rectifications.openRectifications(200);
    }

    @POST
    @Path("rectifications/{id: [0-9]{1,18}}/answer")
    @Operation(summary = "The unit answers a rectification request; If-Match with the version read")
    public RectificationView answerRectification(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch,
                                                 Decision body) {
        return rectifications.answer(id, version(ifMatch, body), body == null ? null : body.text());
    }

    @POST
    @Path("rectifications/{id: [0-9]{1,18}}/{decision: accept|refuse}")
    @Operation(summary = "The office accepts the unit's answer, or sends it back saying why (text); If-Match with "
            + "the version read")
    public RectificationView decideRectification(@PathParam("id") long id, @PathParam("decision") String decision,
                                                 @HeaderParam("If-Match") String ifMatch, Decision body) {
        return rectifications.decide(id, version(ifMatch, body), "accept".equals(decision), body == null ? null : body.text());
    }

    /** The version read: If-Match, as on every other call, or (as before) the body's {@code version}. */
    private static long version(String ifMatch, Decision body) {
        Long version = Versions.ifMatch(ifMatch);
        if (version != null) {
            return version;
        }
        if (body == null || body.version() == null) {
            throw new ProblemException(Problem.of(Response.Status.PRECONDITION_REQUIRED, "version-required",
                    "Send If-Match with the version read."));
        }
        return body.version();
    }

    /** The version read, which a decision's body must carry. */
    static long version(Decision body) {
        if (body == null || body.version() == null) {
            throw new ProblemException(Problem.of(Response.Status.BAD_REQUEST, "invalid-fields", "the version read is required"));
        }
        return body.version();
    }
}

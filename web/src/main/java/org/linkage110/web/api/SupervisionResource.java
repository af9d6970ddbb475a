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
import org.linkage110.intake.IncidentFlags;
import org.linkage110.supervision.CallbackView;
import org.linkage110.supervision.ClassWarningView;
import org.linkage110.supervision.ClassWarnings;
import org.linkage110.supervision.DrillPlan;
import org.linkage110.supervision.DrillScore;
import org.linkage110.supervision.RectificationView;
import org.linkage110.supervision.SampleItemView;
import org.linkage110.supervision.SampleView;
import org.linkage110.supervision.Sampling;
import org.linkage110.supervision.SpotCheckView;
import org.linkage110.supervision.Stratify;
import org.linkage110.supervision.SpotChecks;
import org.linkage110.supervision.VideoChecks;
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

    /** A drill as the supervisor plans it; the call's fields are those of an incident. */
    public record DrillRequest(String targetUnit, String scenario, String callerName, String callerPhone,
                               String address, String description, String categoryCode, IncidentRequest.Flags flags,
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

    public record NoticeRequest(Long version, List<String> units, String answerDue) {
    }

    @Inject
    Sampling sampling;

    @Inject
    ClassWarnings classWarnings;

    @Inject
    Callbacks callbacks;

    @Inject
    SpotChecks spotChecks;

    @Inject
    VideoChecks videoChecks;

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
            throw new ProblemException(Problem.invalid(errors));
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
            throw new ProblemException(Problem.invalid(errors));
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
        return security.isUserInRole("UNIT_OPERATOR") ? sampling.myRectifications() : sampling.openRectifications(200);
    }

    @POST
    @Path("rectifications/{id: [0-9]{1,18}}/answer")
    @Operation(summary = "The unit answers a rectification request")
    public RectificationView answerRectification(@PathParam("id") long id, Decision body) {
        return sampling.answer(id, version(body), body.text());
    }

    @POST
    @Path("rectifications/{id: [0-9]{1,18}}/{decision: accept|refuse}")
    @Operation(summary = "The office accepts the unit's answer, or sends it back with a note")
    public RectificationView decideRectification(@PathParam("id") long id, @PathParam("decision") String decision,
                                                 Decision body) {
        return sampling.decide(id, version(body), "accept".equals(decision), body.text());
    }

    private static long version(Decision body) {
        if (body == null || body.version() == null) {
            throw new ProblemException(Problem.of(Response.Status.BAD_REQUEST, "invalid-fields", "the version read is required"));
        }
        return body.version();
    }

    @GET
    @Path("class-warnings")
    @Operation(summary = "Class warnings (一类事预警): items recurring at a place or in a grid (SUPERVISOR)")
    public List<ClassWarningView> classWarnings() {
        return classWarnings.latest(100);
    }

    @POST
    @Path("class-warnings/detect")
    @Operation(summary = "Look for clusters now rather than at the next scheduled run (SUPERVISOR)")
    public jakarta.json.JsonObject detectClasses() {
        return jakarta.json.Json.createObjectBuilder().add("raised", classWarnings.detectNow()).build();
    }

    @POST
    @Path("class-warnings/{id: [0-9]{1,18}}/notice")
    @Operation(summary = "Turn a class warning into a warning notice (预警单) to units (none: the responsible department)")
    public Response notice(@PathParam("id") long id, NoticeRequest request) {
        if (request == null || request.version() == null) {
            throw new ProblemException(Problem.of(Response.Status.BAD_REQUEST, "invalid-fields", "the version read is required"));
        }
        Instant due = request.answerDue() == null ? null : checks.moment("answerDue", request.answerDue());
        var rejection = checks.rejection();
        if (rejection.isPresent()) {
            return rejection.get();
        }
        return Response.ok(classWarnings.issueNotice(id, request.version(), request.units(), due)).build();
    }

    @POST
    @Path("class-warnings/{id: [0-9]{1,18}}/dismiss")
    @Operation(summary = "Dismiss a class warning with the reason")
    public ClassWarningView dismissClass(@PathParam("id") long id, Decision body) {
        return classWarnings.dismiss(id, version(body), body.text());
    }

    @GET
    @Path("orders/{id: [0-9]{1,18}}/escalations")
    @Operation(summary = "The steps of the escalation ladder the order reached")
    public List<EscalationView> escalations(@PathParam("id") long id) {
        return ladder.of(id);
    }
}

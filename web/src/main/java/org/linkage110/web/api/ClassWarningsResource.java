package org.linkage110.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.linkage110.platform.Jsons;
import org.linkage110.supervision.ClassWarningView;
import org.linkage110.supervision.ClassWarnings;

/** Class warnings (一类事预警) for the office's desk systems: the clusters found, notices, dismissals. */
@Path("v1/class-warnings")
@RequestScoped
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class ClassWarningsResource {

    public record NoticeRequest(Long version, List<String> units, String answerDue) {
    }

    @Inject
    ClassWarnings classWarnings;

    @Inject
    RequestChecks checks;

    @GET
    @Operation(summary = "Class warnings (一类事预警): items recurring at a place or in a grid (SUPERVISOR)")
    public List<ClassWarningView> classWarnings() {
        return classWarnings.latest(100);
    }

    @POST
    @Path("detect")
    @Operation(summary = "Look for clusters now rather than at the next scheduled run (SUPERVISOR)")
    public JsonObject detectClasses() {
        return Jsons.createObjectBuilder().add("raised", classWarnings.detectNow()).build();
    }

    @POST
    @Path("{id: [0-9]{1,18}}/notice")
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
    @Path("{id: [0-9]{1,18}}/dismiss")
    @Operation(summary = "Dismiss a class warning with the reason")
    public ClassWarningView dismissClass(@PathParam("id") long id, SupervisionResource.Decision body) {
        return classWarnings.dismiss(id, SupervisionResource.version(body), body.text());
    }
}

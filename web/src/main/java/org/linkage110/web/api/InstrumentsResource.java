package org.linkage110.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.linkage110.supervision.InstrumentClosing;
import org.linkage110.supervision.InstrumentKind;
import org.linkage110.supervision.InstrumentView;
import org.linkage110.supervision.Instruments;
import org.linkage110.supervision.RecipientView;

/**
 * The office's instruments (warning notices, supervision orders, bulletins): issued to units,
 * acknowledged and answered by them, and closed unit by unit by the office (限时销号).
 */
@Path("v1/instruments")
@RequestScoped
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class InstrumentsResource {

    public record InstrumentRequest(String kind, String title, String body, List<String> units, String answerDue,
                                    Long incidentId) {
    }

    private static final String UNIT = "{unit: [A-Z0-9_]{1,40}}";

    @Inject
    Instruments instruments;

    @Inject
    InstrumentClosing closing;

    @Inject
    RequestChecks checks;

    @POST
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
    @Operation(summary = "The office's latest instruments with every answer (office); a unit sees what was sent to it")
    public List<InstrumentView> instruments(@jakarta.ws.rs.core.Context jakarta.ws.rs.core.SecurityContext security) {
        return security.isUserInRole("UNIT_OPERATOR") ? instruments.mine() : instruments.latest(100);
    }

    @GET
    @Path("{id: [0-9]{1,18}}.pdf")
    @Produces("application/pdf")
    @Operation(summary = "The instrument as a printable PDF in Chinese")
    public Response pdf(@PathParam("id") long id) {
        return Response.ok(instruments.pdf(id), "application/pdf")
                .header("Content-Disposition", "inline; filename=\"instrument-" + id + ".pdf\"").build();
    }

    @POST
    @Path("{id: [0-9]{1,18}}/acknowledge")
    @Operation(summary = "The addressed unit acknowledges (签收) the instrument")
    public RecipientView acknowledge(@PathParam("id") long id) {
        return instruments.acknowledge(id);
    }

    @POST
    @Path("{id: [0-9]{1,18}}/answer")
    @Operation(summary = "The addressed unit answers (text)")
    public RecipientView answer(@PathParam("id") long id, ActionRequest body) {
        return instruments.answer(id, body == null ? null : body.text());
    }

    @POST
    @Path("{id: [0-9]{1,18}}/units/" + UNIT + "/accept")
    @Operation(summary = "The office accepts the unit's answer: the unit's part is closed (销号) (SUPERVISOR)")
    public RecipientView accept(@PathParam("id") long id, @PathParam("unit") String unit) {
        return closing.accept(id, unit);
    }

    @POST
    @Path("{id: [0-9]{1,18}}/units/" + UNIT + "/refuse")
    @Operation(summary = "The office refuses the unit's answer saying why (text); the unit answers again (SUPERVISOR)")
    public RecipientView refuse(@PathParam("id") long id, @PathParam("unit") String unit, ActionRequest body) {
        return closing.refuse(id, unit, body == null ? null : body.text());
    }

    @GET
    @Path("closing-overdue")
    @Operation(summary = "Instruments with a unit still open past the closing deadline (限时销号 overdue)")
    public List<InstrumentView> closingOverdue() {
        return closing.overdue();
    }
}

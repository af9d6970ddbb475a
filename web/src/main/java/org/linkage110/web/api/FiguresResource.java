package org.linkage110.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.linkage110.supervision.FigureQuery;
import org.linkage110.supervision.FigureSet;
import org.linkage110.supervision.Figures;

/** The office's figures (README, Indicators): the six rates and the others, for a period and a slice. */
@Path("v1/figures")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class FiguresResource {

    @Inject
    Figures figures;

    @Inject
    org.linkage110.supervision.Reports reports;

    public record ReportRequest(String kind, String day) {
    }

    @GET
    @Operation(summary = "Figures for days of receipt from..to (yyyy-MM-dd), optionally one unit, tier, sub-district, "
            + "category; a unit operator gets their own unit's")
    public FigureSet get(@QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("unit") String unit,
                         @QueryParam("tier") Integer tier, @QueryParam("subDistrict") String subDistrict,
                         @QueryParam("category") String category) {
        List<Problem.FieldError> errors = new ArrayList<>();
        LocalDate start = day("from", from, errors);
        LocalDate end = day("to", to, errors);
        failOn(errors);
        return figures.compute(new FigureQuery(start, end, unit, tier, subDistrict, category));
    }

    /** One entry of a drill-down: the order, and the instruction when the count is of instructions. */
    public record Behind(long orderId, Long instructionId) {
    }

    @GET
    @Path("orders")
    @Operation(summary = "Drill-down: the orders (or instructions) behind one count of the figures, e.g. count=closed; "
            + "as many as the figure says")
    public List<Behind> behind(@QueryParam("count") String count, @QueryParam("from") String from,
                               @QueryParam("to") String to, @QueryParam("unit") String unit,
                               @QueryParam("tier") Integer tier, @QueryParam("subDistrict") String subDistrict,
                               @QueryParam("category") String category) {
        List<Problem.FieldError> errors = new ArrayList<>();
        LocalDate start = day("from", from, errors);
        LocalDate end = day("to", to, errors);
        failOn(errors);
        return figures.behind(new FigureQuery(start, end, unit, tier, subDistrict, category), count).stream()
                .map(b -> new Behind(b[0], b[1] == 0 ? null : b[1])).toList();
    }

    @GET
    @Path("disputed-items")
    @Operation(summary = "Items returned between units at least min times (default 3) among the period's orders, "
            + "with the units and their reasons: the list for the monthly jurisdiction consultation")
    public List<org.linkage110.routing.FigureSource.DisputedItem> disputed(@QueryParam("from") String from,
                                                                           @QueryParam("to") String to,
                                                                           @QueryParam("min") Integer minimum) {
        List<Problem.FieldError> errors = new ArrayList<>();
        LocalDate start = day("from", from, errors);
        LocalDate end = day("to", to, errors);
        failOn(errors);
        return figures.disputedItems(start, end, minimum == null ? 3 : minimum);
    }

    @POST
    @Path("reports")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Issue the monthly bulletin (MONTHLY_BULLETIN) or quarterly assessment (QUARTERLY_ASSESSMENT) "
            + "of the period containing day; archived as issued")
    public jakarta.ws.rs.core.Response issue(ReportRequest request) {
        List<Problem.FieldError> errors = new ArrayList<>();
        LocalDate day = day("day", request == null ? null : request.day(), errors);
        failOn(errors);
        return jakarta.ws.rs.core.Response.status(jakarta.ws.rs.core.Response.Status.CREATED)
                .entity(reports.issue(request.kind(), day)).build();
    }

    @GET
    @Path("reports")
    @Operation(summary = "The reports issued, latest first")
    public List<org.linkage110.supervision.ReportView> reports() {
        return reports.latest(100);
    }

    @GET
    @Path("reports/{id: [0-9]{1,18}}.pdf")
    @Produces("application/pdf")
    @Operation(summary = "A report as issued, PDF")
    public jakarta.ws.rs.core.Response reportPdf(@jakarta.ws.rs.PathParam("id") long id) {
        return jakarta.ws.rs.core.Response.ok(reports.pdf(id), "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"report-" + id + ".pdf\"").build();
    }

    @GET
    @Path("reports/{id: [0-9]{1,18}}.xlsx")
    @Produces("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    @Operation(summary = "A report as issued, Excel")
    public jakarta.ws.rs.core.Response reportXlsx(@jakarta.ws.rs.PathParam("id") long id) {
        return jakarta.ws.rs.core.Response.ok(reports.xlsx(id),
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .header("Content-Disposition", "attachment; filename=\"report-" + id + ".xlsx\"").build();
    }

    @POST
    @Path("refresh")
    @Operation(summary = "Rebuild the daily facts of these days from the raw orders (SUPERVISOR, ADMIN)")
    public JsonObject refresh(@QueryParam("from") String from, @QueryParam("to") String to) {
        List<Problem.FieldError> errors = new ArrayList<>();
        LocalDate start = day("from", from, errors);
        LocalDate end = day("to", to, errors);
        failOn(errors);
        if (end.isBefore(start) || end.isAfter(start.plusDays(400))) {
            throw new ProblemException(Problem.of(jakarta.ws.rs.core.Response.Status.BAD_REQUEST, "invalid-fields",
                    "from..to must be a period of at most 400 days"));
        }
        return Json.createObjectBuilder().add("rows", figures.refresh(start, end)).build();
    }

    private static LocalDate day(String field, String value, List<Problem.FieldError> errors) {
        if (value == null || value.isBlank()) {
            errors.add(new Problem.FieldError(field, "required, a day such as 2026-11-23"));
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            errors.add(new Problem.FieldError(field, "a day such as 2026-11-23"));
            return null;
        }
    }

    private static void failOn(List<Problem.FieldError> errors) {
        if (!errors.isEmpty()) {
            throw new ProblemException(new Problem(400, "invalid-fields", "Bad Request", "Some fields are not valid.",
                    errors));
        }
    }
}

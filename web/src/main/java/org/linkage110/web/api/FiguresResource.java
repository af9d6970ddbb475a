package org.linkage110.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
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
import org.linkage110.platform.Jsons;
import org.linkage110.supervision.FactCheck;
import org.linkage110.supervision.FigureChecks;
import org.linkage110.supervision.FigureQuery;
import org.linkage110.supervision.FigureSet;
import org.linkage110.supervision.Figures;
import org.linkage110.supervision.Indicator;

/** The office's figures (README, Indicators): the six rates and the others, for a period and a slice. */
@Path("v1/figures")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class FiguresResource {

    private static final String PDF = "application/pdf";
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    Figures figures;

    @Inject
    FigureChecks checks;

    @Inject
    org.linkage110.supervision.Assessments assessments;

    @Inject
    org.linkage110.supervision.Reports reports;

    @Inject
    java.time.Clock clock;

    public record ReportRequest(String kind, String day) {
    }

    @GET
    @Operation(summary = "Figures for days of receipt from..to (yyyy-MM-dd), optionally one unit, tier, sub-district, "
            + "category; a unit operator gets their own unit's")
    public FigureSet get(@QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("unit") String unit,
                         @QueryParam("tier") Integer tier, @QueryParam("subDistrict") String subDistrict,
                         @QueryParam("category") String category) {
        return figures.compute(query(from, to, unit, tier, subDistrict, category));
    }

    /** One figure of a period next to the same figure of the period of the same length just before. */
    public record Trend(String code, String nameZh, Double value, Double previous, Indicator.Status status,
                        Indicator.Trend trend) {
    }

    /** A period's figures with the previous period's and the trend of each. */
    public record Trends(FigureQuery period, FigureQuery previousPeriod, List<Trend> indicators) {
    }

    @GET
    @Path("trend")
    @Operation(summary = "Each figure of the period next to the same figure over the period of the same length just "
            + "before, and whether it moved for the better (UP_BETTER, DOWN_WORSE...); same slice as /figures")
    public Trends trend(@QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("unit") String unit,
                        @QueryParam("tier") Integer tier, @QueryParam("subDistrict") String subDistrict,
                        @QueryParam("category") String category) {
        FigureSet now = get(from, to, unit, tier, subDistrict, category);
        FigureSet before = figures.compute(now.query().previous());
        return new Trends(now.query(), before.query(), now.indicators().stream().map(i -> new Trend(i.code(), i.nameZh(),
                i.value(), before.indicator(i.code()).value(), i.status(), i.trendSince(before.indicator(i.code()))))
                .toList());
    }

    /** The assessment of a period: each unit's score with the weights it was made with. */
    public record Assessment(FigureQuery period, java.util.Map<String, Integer> weights,
                             List<org.linkage110.supervision.AssessmentScore.UnitScore> units) {
    }

    @GET
    @Path("assessment")
    @Operation(summary = "The assessment (考核) of a period: every unit's score out of 100 from its rates under the "
            + "office's weights, best first (office)")
    public Assessment assessment(@QueryParam("from") String from, @QueryParam("to") String to) {
        FigureQuery period = query(from, to, null, null, null, null);
        return new Assessment(period, assessments.weights(), assessments.scores(period));
    }

    @GET
    @Path("series")
    @Operation(summary = "The figures per group: by=day, week (keyed by its Monday), month, quarter, unit_code, sub_district or "
            + "category, for days of receipt from..to and the same optional slice; groups without orders left out")
    public java.util.Map<String, FigureSet> series(@QueryParam("by") String by, @QueryParam("from") String from,
                                                   @QueryParam("to") String to, @QueryParam("unit") String unit,
                                                   @QueryParam("tier") Integer tier,
                                                   @QueryParam("subDistrict") String subDistrict,
                                                   @QueryParam("category") String category) {
        return figures.by(query(from, to, unit, tier, subDistrict, category), by);
    }

    /**
     * One entry of a drill-down: the order, the instruction when the count is of instructions, the
     * callback when it is of callbacks, and what it adds to the count (the repeat calls for repeats).
     */
    public record Behind(long orderId, Long instructionId, Long callbackId, long adds) {
    }

    @GET
    @Path("orders")
    @Operation(summary = "Drill-down: the orders (or instructions) behind one count of the figures, e.g. count=closed; "
            + "as many as the figure says")
    public List<Behind> behind(@QueryParam("count") String count, @QueryParam("from") String from,
                               @QueryParam("to") String to, @QueryParam("unit") String unit,
                               @QueryParam("tier") Integer tier, @QueryParam("subDistrict") String subDistrict,
                               @QueryParam("category") String category) {
        return figures.behind(query(from, to, unit, tier, subDistrict, category), count).stream()
                .map(b -> new Behind(b.orderId(), b.instructionId() == 0 ? null : b.instructionId(),
                        b.callbackId() == 0 ? null : b.callbackId(), b.adds())).toList();
    }

    @GET
    @Path("overdue")
    @Operation(summary = "The stages overdue longest right now of instructions in hand (drills left out), optionally of "
            + "one unit, tier, sub-district or category; at most max (default 20, up to 200); a unit operator gets "
            + "their own unit's")
    public List<org.linkage110.routing.OverdueStage> overdue(@QueryParam("unit") String unit,
                                                             @QueryParam("tier") Integer tier,
                                                             @QueryParam("subDistrict") String subDistrict,
                                                             @QueryParam("category") String category,
                                                             @QueryParam("max") Integer max) {
        LocalDate today = LocalDate.now(clock);
        return figures.worstOverdue(new FigureQuery(today, today, unit, tier, subDistrict, category),
                max == null ? 20 : max);
    }

    @GET
    @Path("disputed-items")
    @Operation(summary = "Items returned between units at least min times (default APP_FIGURES_DISPUTED_MINIMUM, 3) among the period's orders, "
            + "with the units and their reasons: the list for the monthly jurisdiction consultation")
    public List<org.linkage110.supervision.DisputedItem> disputed(@QueryParam("from") String from,
                                                                           @QueryParam("to") String to,
                                                                           @QueryParam("min") Integer minimum) {
        FigureQuery period = query(from, to, null, null, null, null);
        return figures.disputedItems(period.from(), period.to(), minimum == null ? figures.disputedMinimum() : minimum);
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
    @Produces(PDF)
    @Operation(summary = "A report as issued, PDF")
    public jakarta.ws.rs.core.Response reportPdf(@jakarta.ws.rs.PathParam("id") long id) {
        return file(reports.pdf(id), PDF, "report-" + id + ".pdf");
    }

    @GET
    @Path("reports/{id: [0-9]{1,18}}.xlsx")
    @Produces(XLSX)
    @Operation(summary = "A report as issued, Excel")
    public jakarta.ws.rs.core.Response reportXlsx(@jakarta.ws.rs.PathParam("id") long id) {
        return file(reports.xlsx(id), XLSX, "report-" + id + ".xlsx");
    }

    @GET
    @Path("reports/{id: [0-9]{1,18}}/parts")
    @Operation(summary = "A report's parts, one per unit and per sub-district; a unit operator gets their own only")
    public List<org.linkage110.supervision.ReportPartView> parts(@jakarta.ws.rs.PathParam("id") long id) {
        return reports.parts(id);
    }

    @GET
    @Path("report-parts")
    @Operation(summary = "The report parts of the caller's unit (unit operators), latest first")
    public List<org.linkage110.supervision.ReportPartView> myParts() {
        return reports.mine(100);
    }

    @GET
    @Path("report-parts/{id: [0-9]{1,18}}.pdf")
    @Produces(PDF)
    @Operation(summary = "A report part as issued, PDF")
    public jakarta.ws.rs.core.Response partPdf(@jakarta.ws.rs.PathParam("id") long id) {
        return file(reports.partPdf(id), PDF, "report-part-" + id + ".pdf");
    }

    @GET
    @Path("report-parts/{id: [0-9]{1,18}}.xlsx")
    @Produces(XLSX)
    @Operation(summary = "A report part as issued, Excel")
    public jakarta.ws.rs.core.Response partXlsx(@jakarta.ws.rs.PathParam("id") long id) {
        return file(reports.partXlsx(id), XLSX, "report-part-" + id + ".xlsx");
    }

    @POST
    @Path("refresh")
    @Operation(summary = "Rebuild the daily facts of these days from the raw orders; what differed (SUPERVISOR, ADMIN)")
    public JsonObject refresh(@QueryParam("from") String from, @QueryParam("to") String to) {
        LocalDate[] days = days(from, to);
        return checked(checks.refresh(days[0], days[1]));
    }

    @POST
    @Path("check")
    @Operation(summary = "The nightly check of the daily facts, now, for these days: rebuilt from the raw orders, "
            + "each difference reported to the office (SUPERVISOR, ADMIN)")
    public JsonObject check(@QueryParam("from") String from, @QueryParam("to") String to) {
        LocalDate[] days = days(from, to);
        return checked(checks.check(days[0], days[1]));
    }

    private static LocalDate[] days(String from, String to) {
        FigureQuery period = query(from, to, null, null, null, null);
        LocalDate start = period.from();
        LocalDate end = period.to();
        if (end.isBefore(start) || end.isAfter(start.plusDays(400))) {
            throw new ProblemException(Problem.of(jakarta.ws.rs.core.Response.Status.BAD_REQUEST, "invalid-fields",
                    "from..to must be a period of at most 400 days"));
        }
        return new LocalDate[] {start, end};
    }

    /** {@code rows}: the fact rows of the days; {@code days}: what each day's rebuild found. */
    private static JsonObject checked(List<FactCheck> checks) {
        var days = Jsons.createArrayBuilder();
        for (FactCheck c : checks) {
            var differences = Jsons.createArrayBuilder();
            c.differences().forEach(differences::add);
            days.add(Jsons.createObjectBuilder().add("day", c.day().toString()).add("orders", c.orders())
                    .add("rows", c.rows()).add("ordersDiffering", c.ordersDiffering())
                    .add("rowsDiffering", c.rowsDiffering()).add("differences", differences)
                    .add("converted", c.converted()));
        }
        return Jsons.createObjectBuilder().add("rows", checks.stream().mapToInt(FactCheck::rows).sum())
                .add("days", days).build();
    }

    /** The days from..to (a 400 invalid-fields problem naming either when not a day) and the slice. */
    private static FigureQuery query(String from, String to, String unit, Integer tier, String subDistrict,
                                     String category) {
        List<Problem.FieldError> errors = new ArrayList<>();
        LocalDate start = day("from", from, errors);
        LocalDate end = day("to", to, errors);
        failOn(errors);
        return new FigureQuery(start, end, unit, tier, subDistrict, category);
    }

    private static jakarta.ws.rs.core.Response file(byte[] body, String type, String name) {
        return jakarta.ws.rs.core.Response.ok(body, type)
                .header("Content-Disposition", "attachment; filename=\"" + name + "\"").build();
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
            throw new ProblemException(Problem.invalid(errors));
        }
    }
}

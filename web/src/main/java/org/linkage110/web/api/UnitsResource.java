package org.linkage110.web.api;

import org.linkage110.routing.RoutingProblem;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.linkage110.domain.Tier;
import org.linkage110.intake.TaxonomyEntry;
import org.linkage110.routing.DutyRoster;
import org.linkage110.routing.DutyShiftView;
import org.linkage110.routing.LinkageUnitView;
import org.linkage110.routing.LinkageUnits;
import org.linkage110.routing.NewDutyShift;
import org.linkage110.routing.RoutingRefusedException;
import org.linkage110.routing.TierChangeView;
import org.linkage110.routing.UnitDutyView;

/**
 * The linkage units: their tiers and tier history, their duty arrangements and rosters (the
 * office, and a unit for itself), and the taxonomy items the responsibility list does not cover.
 */
@Path("v1/units")
@RequestScoped
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class UnitsResource {

    public record TierRequest(Integer tier, String reason) {
    }

    /** A shift to add: times as ISO-8601 with offset. */
    public record ShiftRequest(String personName, String phone, String duty, String startsAt, String endsAt) {
    }

    @Inject
    LinkageUnits units;

    @Inject
    DutyRoster roster;

    @Inject
    RequestChecks checks;

    @Inject
    Clock clock;

    @GET
    @Operation(summary = "Active units by tier")
    public List<LinkageUnitView> all() {
        return units.all();
    }

    @GET
    @Path("uncovered-items")
    @Operation(summary = "Taxonomy items the responsibility list names no lead for yet")
    public List<TaxonomyEntry> uncovered() {
        return units.uncoveredItems();
    }

    @GET
    @Path("{code}/tiers")
    @Operation(summary = "Every tier the unit has had")
    public List<TierChangeView> tiers(@PathParam("code") String code) {
        return units.tierHistory(code);
    }

    @POST
    @Path("{code}/tier")
    @Operation(summary = "Move a unit to another tier (SUPERVISOR, ADMIN), with the reason")
    public LinkageUnitView changeTier(@PathParam("code") String code, TierRequest request) {
        Tier tier;
        try {
            tier = request == null || request.tier() == null ? null : Tier.of(request.tier());
        } catch (IllegalArgumentException e) {
            throw RoutingRefusedException.of("tier", RoutingProblem.TIER);
        }
        return units.changeTier(code, tier, request == null ? null : request.reason());
    }

    @GET
    @Path("{code}/duty")
    @Operation(summary = "The unit's duty regime, post, team, vehicle, contact and who is on duty (now, or at ?at=)")
    public UnitDutyView duty(@PathParam("code") String code, @QueryParam("at") String at) {
        Instant moment = at == null || at.isBlank() ? clock.instant() : checks.moment("at", at);
        checks.throwIfRejected();
        return roster.duty(code, moment);
    }

    @GET
    @Path("{code}/duty-shifts")
    @Operation(summary = "The unit's roster between ?from= and ?to= (default: the next 7 days)")
    public List<DutyShiftView> shifts(@PathParam("code") String code, @QueryParam("from") String from,
                                      @QueryParam("to") String to) {
        Instant start = from == null || from.isBlank() ? clock.instant() : checks.moment("from", from);
        Instant end = to == null || to.isBlank() ? clock.instant().plus(Duration.ofDays(7)) : checks.moment("to", to);
        checks.throwIfRejected();
        return roster.shifts(code, start, end);
    }

    @POST
    @Path("{code}/duty-shifts")
    @Operation(summary = "Put a shift on the unit's roster (the office, or the unit's own staff)")
    public Response addShift(@PathParam("code") String code, ShiftRequest request) {
        if (request == null) {
            checks.reject("personName", "must not be null");
            checks.throwIfRejected();
        }
        Instant start = checks.moment("startsAt", request.startsAt());
        Instant end = checks.moment("endsAt", request.endsAt());
        checks.throwIfRejected();
        DutyShiftView shift = roster.add(code, new NewDutyShift(request.personName(), request.phone(), request.duty(),
                start, end));
        return Response.status(Response.Status.CREATED).entity(shift).build();
    }

    @DELETE
    @Path("{code}/duty-shifts/{id: [0-9]{1,18}}")
    @Operation(summary = "Take a shift off the roster, with ?reason= (it is kept)")
    public Response removeShift(@PathParam("code") String code, @PathParam("id") long id,
                                @QueryParam("reason") String reason) {
        roster.remove(id, reason);
        return Response.noContent().build();
    }
}

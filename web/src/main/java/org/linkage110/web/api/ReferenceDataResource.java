package org.linkage110.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.linkage110.platform.reference.ReferenceChange;
import org.linkage110.platform.reference.ReferenceEntry;
import org.linkage110.platform.reference.ReferenceField;
import org.linkage110.platform.reference.ReferenceRevisionView;
import org.linkage110.platform.reference.ReferenceRevisions;
import org.linkage110.routing.WorkingCalendar;

/**
 * Reference data the office keeps in the system, one path per kind: {@code linkage-unit},
 * {@code responsibility}, {@code grid}, {@code deadline-rule}, {@code calendar-day},
 * {@code taxonomy-item}, {@code inquiry-element}. Every change (SUPERVISOR, ADMIN) needs a reason,
 * may name the moment it takes effect (default now; an order dispatched before keeps what it was
 * given), keeps the entry's previous state, and is audited. Keys of several fields join them with ':'.
 */
@Path("v1/reference-data")
@RequestScoped
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class ReferenceDataResource {

    /** A kind of reference data and the fields of its entries. */
    public record Kind(String name, List<ReferenceField> fields) {
    }

    /** New values of an entry (every field, as text; lists '|'-separated), why, and from when (ISO-8601, optional). */
    public record EntryChange(Map<String, String> values, String reason, String effectiveFrom) {
    }

    /** One change of a batch. */
    public record BatchChange(String kind, String key, Map<String, String> values, String reason, String effectiveFrom) {
    }

    @Inject
    ReferenceRevisions revisions;

    @Inject
    WorkingCalendar calendar;

    @Inject
    RequestChecks checks;

    @GET
    @Operation(summary = "The kinds of reference data and their fields")
    public List<Kind> kinds() {
        return revisions.kindNames().stream().map(name -> new Kind(name, revisions.fields(name))).toList();
    }

    @GET
    @Path("pending")
    @Operation(summary = "Changes waiting for the moment they take effect")
    public List<ReferenceRevisionView> pending() {
        return revisions.pending();
    }

    @POST
    @Path("changes")
    @Operation(summary = "Several changes at once, e.g. a new taxonomy item and its responsibility: all or none")
    public List<ReferenceRevisionView> changeAll(List<BatchChange> changes) {
        List<ReferenceChange> all = Optional.ofNullable(changes).orElse(List.of()).stream()
                .map(c -> new ReferenceChange(c.kind(), c.key(), c.values(), c.reason(), moment(c.effectiveFrom())))
                .toList();
        rejectIfInvalid();
        return revisions.changeAll(all);
    }

    @POST
    @Path("calendar-day/import")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN})
    @Operation(summary = "Replace a year's holidays and make-up working days with a CSV file (date,kind,name_zh,note)")
    public List<ReferenceRevisionView> importCalendar(@QueryParam("year") Integer year,
                                                      @QueryParam("reason") String reason, String csv) {
        if (year == null || year < 2000 || year > 2100) {
            checks.reject("year", "the year the file is for, e.g. 2027");
        }
        rejectIfInvalid();
        return calendar.importYear(year, csv, reason);
    }

    @GET
    @Path("{kind}")
    @Operation(summary = "Every entry of a kind as it is now")
    public List<ReferenceEntry> entries(@PathParam("kind") String kind) {
        return revisions.entries(kind);
    }

    @POST
    @Path("{kind}")
    @Operation(summary = "Add an entry (its key comes from its key fields)")
    public Response add(@PathParam("kind") String kind, EntryChange change) {
        ReferenceRevisionView revision = revisions.change(asChange(kind, null, change));
        return Response.status(Response.Status.CREATED).entity(revision).build();
    }

    @GET
    @Path("{kind}/history")
    @Operation(summary = "Every change of the kind, newest first")
    public List<ReferenceRevisionView> kindHistory(@PathParam("kind") String kind) {
        return revisions.history(kind, null);
    }

    @GET
    @Path("{kind}/{key}")
    @Operation(summary = "One entry as it is now")
    public ReferenceEntry entry(@PathParam("kind") String kind, @PathParam("key") String key) {
        return revisions.entries(kind).stream().filter(e -> e.key().equals(key)).findFirst()
                .orElseThrow(NotFoundException::new);
    }

    @PUT
    @Path("{kind}/{key}")
    @Operation(summary = "Change an entry: every field's new value, the reason, optionally from when")
    public ReferenceRevisionView change(@PathParam("kind") String kind, @PathParam("key") String key,
                                        EntryChange change) {
        return revisions.change(asChange(kind, key, change));
    }

    @DELETE
    @Path("{kind}/{key}")
    @Operation(summary = "Remove an entry, with the reason (units and taxonomy entries are switched off instead)")
    public ReferenceRevisionView remove(@PathParam("kind") String kind, @PathParam("key") String key,
                                        @QueryParam("reason") String reason,
                                        @QueryParam("effectiveFrom") String effectiveFrom) {
        Instant from = moment(effectiveFrom);
        rejectIfInvalid();
        return revisions.change(new ReferenceChange(kind, key, null, reason, from));
    }

    @GET
    @Path("{kind}/{key}/history")
    @Operation(summary = "Every change of one entry, newest first, with its state before and after")
    public List<ReferenceRevisionView> history(@PathParam("kind") String kind, @PathParam("key") String key) {
        return revisions.history(kind, key);
    }

    private ReferenceChange asChange(String kind, String key, EntryChange change) {
        if (change == null || change.values() == null) {
            checks.reject("values", "must not be null");
        }
        Instant from = change == null ? null : moment(change.effectiveFrom());
        rejectIfInvalid();
        return new ReferenceChange(kind, key, change.values(), change.reason(), from);
    }

    private Instant moment(String value) {
        return value == null || value.isBlank() ? null : checks.moment("effectiveFrom", value);
    }

    private void rejectIfInvalid() {
        checks.throwIfRejected();
    }
}

package org.linkage110.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;
import java.util.Map;
import org.linkage110.domain.IncidentId;
import org.linkage110.domain.IncidentSource;
import org.linkage110.intake.IncidentSummary;
import org.linkage110.intake.Incidents;
import org.linkage110.intake.NewIncident;
import org.linkage110.platform.Accounts;
import org.linkage110.platform.ApiClientView;

/** Incidents pushed by the 110 and 12345 platforms. */
@Path("v1/incidents")
@RequestScoped
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class IncidentsResource {

    private static final Map<String, IncidentSource> SOURCE_OF_AGENCY = Map.of(
            "110", IncidentSource.PLATFORM_110,
            "12345", IncidentSource.HOTLINE_12345);

    @Inject
    Incidents incidents;

    @Inject
    Accounts accounts;

    @Context
    SecurityContext security;

    @Context
    UriInfo uri;

    @POST
    public Response create(IncidentRequest body) {
        if (body == null) {
            return Problem.of(Response.Status.BAD_REQUEST, "missing-body", "The request has no JSON body.").toResponse();
        }
        IncidentSource source = callerSource();
        IncidentId id = incidents.record(new NewIncident(source, body.externalNumber(),
                body.receivedAt() == null ? null : body.receivedAt().toInstant(), body.callerName(),
                body.callerPhone(), body.address(), body.description(), body.categoryCode()));
        return Response.created(uri.getAbsolutePathBuilder().path(id.toString()).build())
                .entity(Map.of("id", id.value()))
                .build();
    }

    @GET
    @Path("{id: [0-9]{1,18}}")
    public IncidentSummary get(@PathParam("id") long id) {
        if (id <= 0) {
            throw new NotFoundException();
        }
        return incidents.find(new IncidentId(id))
                .filter(incident -> incident.source() == callerSource())
                .orElseThrow(NotFoundException::new);
    }

    /** Which platform the calling client speaks for; only 110 and 12345 send incidents. */
    private IncidentSource callerSource() {
        return accounts.apiClient(security.getUserPrincipal().getName())
                .map(ApiClientView::agency)
                .map(SOURCE_OF_AGENCY::get)
                .orElseThrow(() -> new ForbiddenException("this agency does not send incidents"));
    }
}

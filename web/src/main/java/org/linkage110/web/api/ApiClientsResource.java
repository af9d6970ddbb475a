package org.linkage110.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.linkage110.platform.ApiCall;
import org.linkage110.platform.ApiClientView;
import org.linkage110.platform.ApiClients;
import org.linkage110.platform.NewApiClient;

/**
 * Agency clients (ADMIN): one per agency or unit system, its key shown once at creation and at
 * each rotation (the old key keeps working during the overlap), its allowed calls, revocation.
 */
@Path("v1/api-clients")
@RequestScoped
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class ApiClientsResource {

    /** A client as sent: the platform's {@code NewApiClient} checks it. */
    public record ClientRequest(String clientId, String agency, String nameZh, Set<ApiCall> allowedCalls) {
    }

    public record CallsRequest(Set<ApiCall> allowedCalls) {
    }

    public record RevocationRequest(String reason) {
    }

    @Inject
    ApiClients clients;

    @GET
    @Operation(summary = "Every agency client (never a secret)")
    public List<ApiClientView> list() {
        return clients.list();
    }

    @POST
    @Operation(summary = "Create a client; the answer carries its key (client.secret), shown only this once")
    public Response create(ClientRequest request) {
        NewApiClient client = request == null ? null
                : new NewApiClient(request.clientId(), request.agency(), request.nameZh(), request.allowedCalls());
        return Response.status(Response.Status.CREATED).entity(clients.create(client)).build();
    }

    @POST
    @Path("{id}/rotation")
    @Operation(summary = "A new secret; the old one stays valid for the configured overlap")
    public ApiClients.IssuedKey rotate(@PathParam("id") String id) {
        return clients.rotate(id);
    }

    @PUT
    @Path("{id}/allowed-calls")
    @Operation(summary = "Which groups of calls the client may make: INCIDENTS, POLICE_MATTERS, INSTRUCTIONS")
    public ApiClientView allow(@PathParam("id") String id, CallsRequest request) {
        return clients.allow(id, request == null ? null : request.allowedCalls());
    }

    @POST
    @Path("{id}/revocation")
    @Operation(summary = "Revoke the client, with the reason: none of its keys is accepted again")
    public ApiClientView revoke(@PathParam("id") String id, RevocationRequest request) {
        return clients.revoke(id, request == null ? null : request.reason());
    }

    @POST
    @Path("{id}/unlock")
    @Operation(summary = "Lift the lock that failed keys put on the client")
    public ApiClientView unlock(@PathParam("id") String id) {
        return clients.unlock(id);
    }
}

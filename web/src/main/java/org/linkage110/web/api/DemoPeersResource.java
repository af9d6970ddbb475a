package org.linkage110.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.linkage110.platform.DemoPeers;
import org.linkage110.platform.Jsons;

/** What the demo peers received (office), and taking one down or up (ADMIN). Demo data only. */
@Path("v1/demo-peers/{peer: 110|12345}")
@RequestScoped
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class DemoPeersResource {

    public record PeerState(Boolean answering) {
    }

    @Inject
    DemoPeers peers;

    @GET
    @Operation(summary = "What the demo peer received, newest first (office, ADMIN)")
    public JsonObject received(@PathParam("peer") String peer, @QueryParam("max") @DefaultValue("50") int max) {
        JsonArrayBuilder list = Jsons.createArrayBuilder();
        peers.received(peer, max).forEach(m -> {
            var json = Jsons.createObjectBuilder().add("id", m.id()).add("type", m.messageType())
                    .add("duplicate", m.duplicate()).add("receipt", m.receipt()).add("payload", m.payload())
                    .add("receivedAt", m.receivedAt().toString());
            if (m.idempotencyKey() != null) {
                json.add("key", m.idempotencyKey());
            }
            list.add(json);
        });
        return Jsons.createObjectBuilder().add("peer", peer).add("enabled", peers.enabled())
                .add("answering", peers.answering(peer)).add("received", list).build();
    }

    @PUT
    @Operation(summary = "Take the demo peer down (it answers 503) or bring it back (ADMIN)")
    public Response state(@PathParam("peer") String peer, PeerState body) {
        if (body == null || body.answering() == null) {
            return Problem.invalid(java.util.List.of(new Problem.FieldError("answering", "required"))).toResponse();
        }
        peers.answering(peer, body.answering());
        return Response.ok(Jsons.createObjectBuilder().add("peer", peer).add("answering", body.answering()).build())
                .build();
    }
}

package org.linkage110.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.linkage110.platform.Jsons;
import org.linkage110.platform.OutboxConsole;
import org.linkage110.platform.OutboxEntry;

/** The outbox console for administrators' tools: every outbound message, retry and re-send. */
@Path("v1/outbox")
@RequestScoped
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class OutboxResource {

    @Inject
    OutboxConsole console;

    @GET
    @Operation(summary = "Outbound messages, newest first (ADMIN)",
            description = "Filter by status (PENDING, DELIVERED, DEAD) and destination (110, 12345, webhook:<id>); "
                    + "counts per status come along.")
    public JsonObject messages(@QueryParam("status") String status, @QueryParam("destination") String destination,
                               @QueryParam("first") @DefaultValue("0") int first,
                               @QueryParam("max") @DefaultValue("50") int max) {
        JsonArrayBuilder list = Jsons.createArrayBuilder();
        console.messages(status, destination, first, max).forEach(m -> list.add(json(m, false)));
        JsonObjectBuilder counts = Jsons.createObjectBuilder();
        console.counts().forEach(counts::add);
        return Jsons.createObjectBuilder().add("counts", counts).add("messages", list).build();
    }

    @GET
    @Path("{id: [0-9]{1,18}}")
    @Operation(summary = "One outbound message with its payload (ADMIN)")
    public JsonObject message(@PathParam("id") long id) {
        return console.find(id).map(m -> json(m, true)).orElseThrow(NotFoundException::new);
    }

    @POST
    @Path("{id: [0-9]{1,18}}/retry")
    @Operation(summary = "Try a dead message again now, with a fresh count of attempts (ADMIN); 409 unless dead")
    public JsonObject retry(@PathParam("id") long id) {
        return json(console.retry(id), false);
    }

    @POST
    @Path("{id: [0-9]{1,18}}/resend")
    @Operation(summary = "Send a delivered message again under its idempotency key (ADMIN); 409 unless delivered")
    public JsonObject resend(@PathParam("id") long id) {
        return json(console.resend(id), false);
    }

    static JsonObject json(OutboxEntry m, boolean withPayload) {
        JsonObjectBuilder json = Jsons.createObjectBuilder().add("id", m.id()).add("destination", m.destination())
                .add("type", m.messageType()).add("key", m.idempotencyKey()).add("status", m.status())
                .add("attempts", m.attempts()).add("createdAt", m.createdAt().toString());
        optional(json, "lastError", m.lastError());
        optional(json, "nextAttemptAt", m.nextAttemptAt());
        optional(json, "deliveredAt", m.deliveredAt());
        optional(json, "deadAt", m.deadAt());
        optional(json, "waitingFor", m.waitingFor());
        if (withPayload) {
            json.add("payload", m.payload());
        }
        return json.build();
    }

    private static void optional(JsonObjectBuilder json, String name, Object value) {
        if (value != null) {
            json.add(name, value instanceof Instant instant ? instant.toString() : value.toString());
        }
    }
}

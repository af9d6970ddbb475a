package org.linkage110.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.linkage110.platform.Jsons;
import org.linkage110.platform.WebhookSubscriptionView;
import org.linkage110.platform.Webhooks;

/** Webhook subscriptions (ADMIN): register, list, rotate the secret, disable. */
@Path("v1/webhooks")
@RequestScoped
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class WebhooksResource {

    public record SubscriptionRequest(String audience, String url, List<String> events) {
    }

    @Inject
    Webhooks webhooks;

    @POST
    @Operation(summary = "Register a subscription (ADMIN)",
            description = "audience: a unit code, HOTLINE_12345 or OFFICE; url: http(s); events: some of "
                    + "instruction.dispatched, instruction.reopened, deadline.warning, deadline.overdue, "
                    + "instrument.issued, escalation.raised, rectification.requested, report.issued. "
                    + "The answer carries the signing secret (whsec_…), shown this once.")
    public Response register(SubscriptionRequest body) {
        if (body == null) {
            return Problem.of(Response.Status.BAD_REQUEST, "missing-body", "The request has no JSON body.").toResponse();
        }
        Webhooks.Created created = webhooks.register(body.audience(), body.url(), body.events());
        return Response.status(Response.Status.CREATED).entity(json(created)).build();
    }

    @GET
    @Operation(summary = "Every subscription, without secrets (ADMIN)")
    public JsonArray subscriptions() {
        JsonArrayBuilder list = Jsons.createArrayBuilder();
        webhooks.subscriptions().forEach(s -> list.add(json(s)));
        return list.build();
    }

    @GET
    @Path("{id: [0-9]{1,18}}")
    @Operation(summary = "One subscription (ADMIN)")
    public JsonObject subscription(@PathParam("id") long id) {
        return webhooks.find(id).map(WebhooksResource::json).orElseThrow(NotFoundException::new);
    }

    @POST
    @Path("{id: [0-9]{1,18}}/rotate-secret")
    @Operation(summary = "A new signing secret (ADMIN); the old one keeps signing alongside for app.webhooks.rotation-overlap")
    public JsonObject rotate(@PathParam("id") long id) {
        return json(webhooks.rotateSecret(id));
    }

    @DELETE
    @Path("{id: [0-9]{1,18}}")
    @Operation(summary = "Disable a subscription (ADMIN); its pending deliveries are parked as dead")
    public JsonObject disable(@PathParam("id") long id) {
        return json(webhooks.disable(id));
    }

    private static JsonObject json(Webhooks.Created created) {
        return Jsons.createObjectBuilder(json(created.subscription())).add("secret", created.secret()).build();
    }

    static JsonObject json(WebhookSubscriptionView s) {
        JsonArrayBuilder events = Jsons.createArrayBuilder();
        s.events().forEach(events::add);
        JsonObjectBuilder json = Jsons.createObjectBuilder().add("id", s.id()).add("audience", s.audience())
                .add("url", s.url()).add("events", events).add("enabled", s.enabled())
                .add("destination", "webhook:" + s.id()).add("createdBy", s.createdBy())
                .add("createdAt", s.createdAt().toString());
        if (s.previousSecretUntil() != null) {
            json.add("previousSecretUntil", s.previousSecretUntil().toString());
        }
        return json.build();
    }
}

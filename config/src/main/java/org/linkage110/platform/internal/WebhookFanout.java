package org.linkage110.platform.internal;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;
import org.linkage110.domain.event.InstructionDispatched;
import org.linkage110.domain.event.OrderReopened;
import org.linkage110.domain.event.UnitNotified;
import org.linkage110.platform.Jsons;
import org.linkage110.platform.Outbox;

/**
 * Turns events into webhook deliveries: one outbox message per subscription that wants the event,
 * written in the transaction of the change (so a rolled-back dispatch sends nothing). The
 * message's key is the Standard Webhooks {@code webhook-id}, the same on every retry.
 */
@Stateless
public class WebhookFanout {

    /** Instructions that 12345 handles for the lead unit go to 12345's systems, as the watch tells 12345. */
    static final String HOTLINE_CHANNEL = "HOTLINE_12345";

    @PersistenceContext(unitName = "platform")
    EntityManager em;

    @Inject
    Outbox outbox;

    public void dispatched(@Observes InstructionDispatched event) {
        String audience = HOTLINE_CHANNEL.equals(event.channel()) ? HOTLINE_CHANNEL : event.unitCode();
        fanOut(audience, WebhookEventTypes.INSTRUCTION_DISPATCHED, "dispatched:" + event.instructionId(),
                event.dispatchedAt(), Jsons.createObjectBuilder()
                        .add("instructionId", event.instructionId()).add("incidentId", event.incident().value())
                        .add("unit", event.unitCode()).add("role", String.valueOf(event.role()))
                        .add("level", String.valueOf(event.level())).add("dispatchedAt", event.dispatchedAt().toString())
                        .build());
    }

    public void reopened(@Observes OrderReopened event) {
        fanOut(event.unitCode(), WebhookEventTypes.INSTRUCTION_REOPENED,
                "reopened:" + event.instruction() + ":" + event.reopenedAt().toEpochMilli(), event.reopenedAt(),
                Jsons.createObjectBuilder().add("instructionId", event.instruction())
                        .add("incidentId", event.incident().value()).add("unit", event.unitCode())
                        .add("reason", event.reason() == null ? "" : event.reason())
                        .add("reopenedAt", event.reopenedAt().toString()).build());
    }

    public void notified(@Observes UnitNotified event) {
        WebhookEventTypes.ofNotificationKind(event.kind()).ifPresent(type -> {
            JsonObjectBuilder data = Jsons.createObjectBuilder().add("recipient", event.recipient())
                    .add("kind", event.kind()).add("text", event.text() == null ? "" : event.text())
                    .add("raisedAt", event.raisedAt().toString());
            if (event.incidentId() != null) {
                data.add("incidentId", event.incidentId());
            }
            if (event.subjectId() != null) {
                data.add("subjectId", event.subjectId());
            }
            fanOut(event.recipient(), type, "notified:" + event.key(), event.raisedAt(), data.build());
        });
    }

    private void fanOut(String audience, String type, String eventKey, Instant at, JsonObject data) {
        for (WebhookSubscription subscription : em.createNamedQuery(WebhookSubscription.FOR_AUDIENCE,
                WebhookSubscription.class).setParameter("audience", audience).getResultList()) {
            if (!subscription.wants(type)) {
                continue;
            }
            String id = "msg_" + UUID.nameUUIDFromBytes((subscription.id() + "|" + eventKey)
                    .getBytes(StandardCharsets.UTF_8)).toString().replace("-", "");
            String payload = Jsons.createObjectBuilder().add("type", type).add("timestamp", at.toString())
                    .add("data", data).build().toString();
            outbox.enqueue(subscription.destination(), type, id, payload);
        }
    }
}

package org.linkage110.platform.internal;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;
import org.linkage110.platform.Outbox;

/**
 * Where an outbox message goes: a peer platform configured under {@code app.peer.<name>.url}
 * (the message type appended, its key as {@code X-API-Key}), or a webhook subscription (its URL,
 * signed with the Standard Webhooks headers). Read at every attempt, so a peer configured while
 * the server runs is used from the next attempt on.
 */
@Stateless
public class Destinations {

    /** The peers the platform knows. */
    static final List<String> PEERS = List.of(Outbox.PLATFORM_110, Outbox.HOTLINE_12345);

    @PersistenceContext(unitName = "platform")
    EntityManager em;

    @Inject
    Config config;

    /** An HTTP POST to make: where, with which headers besides the JSON content type. */
    public record Target(String url, Map<String, String> headers) {
    }

    /** The peers with a URL configured now. */
    public List<String> configuredPeers() {
        return PEERS.stream().filter(peer -> peerUrl(peer).isPresent()).toList();
    }

    /** Whether a message for this destination can be attempted now; why not, when it cannot. */
    public Optional<String> whyWaiting(String destination) {
        if (destination.startsWith(WebhookSubscription.DESTINATION_PREFIX)) {
            return Optional.empty();
        }
        return peerUrl(destination).isPresent()
                ? Optional.empty()
                : Optional.of("no peer configured: app.peer." + destination + ".url");
    }

    /** The request for this attempt; empty with the reason when there is nowhere to send it. */
    public Optional<Target> target(OutboxMessage message, Instant now) {
        if (message.destination().startsWith(WebhookSubscription.DESTINATION_PREFIX)) {
            return webhook(message, now);
        }
        return peerUrl(message.destination()).map(url -> {
            Map<String, String> headers = new LinkedHashMap<>();
            headers.put("Idempotency-Key", message.idempotencyKey());
            config.getOptionalValue("app.peer." + message.destination() + ".key", String.class)
                    .filter(key -> !key.isBlank()).ifPresent(key -> headers.put("X-API-Key", key));
            return new Target(url.endsWith("/") ? url + message.messageType() : url + "/" + message.messageType(),
                    headers);
        });
    }

    private Optional<Target> webhook(OutboxMessage message, Instant now) {
        long id;
        try {
            id = Long.parseLong(message.destination().substring(WebhookSubscription.DESTINATION_PREFIX.length()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        WebhookSubscription subscription = em.find(WebhookSubscription.class, id);
        if (subscription == null || !subscription.enabled()) {
            return Optional.empty();
        }
        long timestamp = now.getEpochSecond();
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("webhook-id", message.idempotencyKey());
        headers.put("webhook-timestamp", Long.toString(timestamp));
        headers.put("webhook-signature", WebhookSignature.header(subscription.signingSecrets(now),
                message.idempotencyKey(), timestamp, message.payload()));
        return Optional.of(new Target(subscription.url(), headers));
    }

    private Optional<String> peerUrl(String peer) {
        return config.getOptionalValue("app.peer." + peer + ".url", String.class).filter(url -> !url.isBlank());
    }
}

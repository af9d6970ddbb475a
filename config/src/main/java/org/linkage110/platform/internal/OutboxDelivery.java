package org.linkage110.platform.internal;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.linkage110.platform.AuditTrail;
import org.linkage110.platform.AuditedChange;

/**
 * Delivers one due outbox message per transaction. The row is locked with SKIP LOCKED, so two
 * server instances never send the same message at the same time; a crash after the peer accepted
 * but before the commit sends it again, which the idempotency key lets the peer ignore.
 */
@Stateless
public class OutboxDelivery {

    private static final Logger LOG = Logger.getLogger(OutboxDelivery.class.getName());
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @PersistenceContext(unitName = "platform")
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Inject
    Config config;

    @Inject
    @ConfigProperty(name = "app.outbox.base-backoff")
    Duration baseBackoff;

    @Inject
    @ConfigProperty(name = "app.outbox.max-backoff")
    Duration maxBackoff;

    /** Delivers the oldest due message; false when none is due. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean deliverNext() {
        Instant now = clock.instant();
        @SuppressWarnings("unchecked")
        List<Number> due = em.createNativeQuery("SELECT id FROM platform_outbox WHERE status = 'PENDING' "
                        + "AND next_attempt_at <= ? ORDER BY next_attempt_at, id LIMIT 1 FOR UPDATE SKIP LOCKED")
                .setParameter(1, java.time.LocalDateTime.ofInstant(now, java.time.ZoneOffset.UTC))
                .getResultList();
        if (due.isEmpty()) {
            return false;
        }
        OutboxMessage message = em.find(OutboxMessage.class, due.get(0).longValue());
        Optional<String> url = config.getOptionalValue("app.peer." + message.destination() + ".url", String.class);
        if (url.isEmpty() || url.get().isBlank()) {
            message.failed("no peer configured: app.peer." + message.destination() + ".url", now, maxBackoff, maxBackoff);
            LOG.warning(() -> "outbox message " + message.id() + " waits: no peer configured for " + message.destination());
            return true;
        }
        String error = send(message, url.get(), config.getOptionalValue(
                "app.peer." + message.destination() + ".key", String.class));
        if (error == null) {
            message.delivered(now);
            audit.record(new AuditedChange("platform.outbox.delivered", "outbox", String.valueOf(message.id()), null,
                    message.toJson()));
        } else {
            message.failed(error, now, baseBackoff, maxBackoff);
            LOG.info(() -> "outbox message " + message.id() + " not delivered (" + error + "), next attempt at "
                    + message.nextAttemptAt());
        }
        return true;
    }

    private static String send(OutboxMessage message, String url, Optional<String> apiKey) {
        String target = url.endsWith("/") ? url + message.messageType() : url + "/" + message.messageType();
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(target))
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", message.idempotencyKey())
                .POST(HttpRequest.BodyPublishers.ofString(message.payload()));
        apiKey.ifPresent(key -> request.header("X-API-Key", key));
        try {
            HttpResponse<Void> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.discarding());
            return response.statusCode() / 100 == 2 ? null : "HTTP " + response.statusCode();
        } catch (IOException e) {
            return e.getClass().getSimpleName() + ": " + e.getMessage();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
    }
}

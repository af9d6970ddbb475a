package org.linkage110.platform.internal;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.linkage110.domain.event.OutboxMessageDead;
import org.linkage110.platform.AuditTrail;
import org.linkage110.platform.AuditedChange;

/**
 * Delivers one due outbox message per transaction. The row is locked with SKIP LOCKED, so two
 * server instances never send the same message at the same time; a crash after the peer accepted
 * but before the commit sends it again, which the idempotency key lets the peer ignore. Messages
 * for a peer that is not configured are not attempted at all (no attempt counted, no backoff), so
 * they go out at the first run after the peer is configured. After {@code app.outbox.max-attempts}
 * failed attempts a message is parked as dead and the office is warned.
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
    Destinations destinations;

    @Inject
    OutboxMetrics metrics;

    @Inject
    Event<OutboxMessageDead> dead;

    @Inject
    @ConfigProperty(name = "app.outbox.base-backoff")
    Duration baseBackoff;

    @Inject
    @ConfigProperty(name = "app.outbox.max-backoff")
    Duration maxBackoff;

    @Inject
    @ConfigProperty(name = "app.outbox.max-attempts")
    int maxAttempts;

    /** Delivers the oldest due message; false when none is due. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean deliverNext() {
        Instant now = clock.instant();
        Optional<OutboxMessage> next = nextDue(now);
        if (next.isEmpty()) {
            return false;
        }
        OutboxMessage message = next.get();
        Optional<Destinations.Target> target = destinations.target(message, now);
        if (target.isEmpty()) { // a disabled or deleted webhook subscription: an administrator's decision, no warning
            message.abandon("no such destination: " + message.destination() + " (subscription disabled)", now);
            audit.record(new AuditedChange("platform.outbox.dead", "outbox", String.valueOf(message.id()), null,
                    message.toJson()));
            return true;
        }
        String error = send(message, target.get());
        if (error == null) {
            message.delivered(now);
            metrics.delivered(Duration.between(message.createdAt(), now));
            audit.record(new AuditedChange("platform.outbox.delivered", "outbox", String.valueOf(message.id()), null,
                    message.toJson()));
        } else if (message.failed(error, now, baseBackoff, maxBackoff, maxAttempts)) {
            LOG.warning(() -> "outbox message " + message.id() + " to " + message.destination() + " is dead after "
                    + message.attempts() + " attempts: " + error);
            audit.record(new AuditedChange("platform.outbox.dead", "outbox", String.valueOf(message.id()), null,
                    message.toJson()));
            dead.fire(new OutboxMessageDead(message.id(), message.destination(), message.messageType(),
                    message.idempotencyKey(), message.attempts(), message.lastError()));
        } else {
            LOG.info(() -> "outbox message " + message.id() + " not delivered (" + error + "), next attempt at "
                    + message.nextAttemptAt());
        }
        return true;
    }

    private Optional<OutboxMessage> nextDue(Instant now) {
        List<String> peers = destinations.configuredPeers();
        StringBuilder sql = new StringBuilder("SELECT id FROM platform_outbox WHERE status = 'PENDING' "
                + "AND next_attempt_at <= ? AND (destination LIKE 'webhook:%'");
        for (int i = 0; i < peers.size(); i++) {
            sql.append(" OR destination = ?");
        }
        sql.append(") ORDER BY next_attempt_at, id LIMIT 1 FOR UPDATE SKIP LOCKED");
        Query query = em.createNativeQuery(sql.toString()).setParameter(1, LocalDateTime.ofInstant(now, ZoneOffset.UTC));
        for (int i = 0; i < peers.size(); i++) {
            query.setParameter(i + 2, peers.get(i));
        }
        @SuppressWarnings("unchecked")
        List<Number> due = query.getResultList();
        return due.isEmpty() ? Optional.empty() : Optional.of(em.find(OutboxMessage.class, due.get(0).longValue()));
    }

    private static String send(OutboxMessage message, Destinations.Target target) {
        HttpRequest.Builder request;
        try {
            request = HttpRequest.newBuilder(URI.create(target.url()));
        } catch (IllegalArgumentException e) {
            return "not a URL: " + target.url();
        }
        request.timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(message.payload()));
        target.headers().forEach(request::header);
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

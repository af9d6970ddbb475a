package org.linkage110.platform;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.linkage110.domain.Role;
import org.linkage110.platform.internal.Destinations;
import org.linkage110.platform.internal.OutboxCounts;
import org.linkage110.platform.internal.OutboxMessage;

/**
 * The outbox console: every outbound message (to 110, to 12345, to webhook subscribers) with its
 * destination, key, attempts, last error and next try; an administrator retries a dead message or
 * re-sends a delivered one, each audited.
 */
@Stateless
@DeclareRoles(Role.Names.ADMIN)
@RolesAllowed(Role.Names.ADMIN)
public class OutboxConsole {

    @PersistenceContext(unitName = "platform")
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Inject
    Destinations destinations;

    @Inject
    OutboxCounts counts;

    /** Newest first; {@code status} (PENDING, DELIVERED, DEAD) and {@code destination} filter when given. */
    public List<OutboxEntry> messages(String status, String destination, @Min(0) int first, @Min(1) @Max(500) int max) {
        OutboxMessage.Status wanted = status(status);
        StringBuilder jpql = new StringBuilder("select m from OutboxMessage m where 1 = 1");
        if (wanted != null) {
            jpql.append(" and m.status = :status");
        }
        if (destination != null && !destination.isBlank()) {
            jpql.append(" and m.destination = :destination");
        }
        TypedQuery<OutboxMessage> query = em.createQuery(jpql.append(" order by m.id desc").toString(),
                OutboxMessage.class);
        if (wanted != null) {
            query.setParameter("status", wanted);
        }
        if (destination != null && !destination.isBlank()) {
            query.setParameter("destination", destination.strip());
        }
        return query.setFirstResult(first).setMaxResults(max).getResultStream().map(this::entry).toList();
    }

    public Optional<OutboxEntry> find(long id) {
        return Optional.ofNullable(em.find(OutboxMessage.class, id)).map(this::entry);
    }

    /** How many messages are pending, delivered and dead. */
    public Map<String, Long> counts() {
        Map<String, Long> byName = new LinkedHashMap<>();
        counts.byStatus().forEach((status, count) -> byName.put(status.name(), count));
        return byName;
    }

    /** A dead message goes back to pending, to be tried now with a fresh count of attempts. */
    public OutboxEntry retry(long id) {
        return change(id, OutboxMessage.Status.DEAD, "platform.outbox.retried", "retried");
    }

    /** A delivered message is sent again, under its idempotency key. */
    public OutboxEntry resend(long id) {
        return change(id, OutboxMessage.Status.DELIVERED, "platform.outbox.resent", "re-sent");
    }

    private OutboxEntry change(long id, OutboxMessage.Status required, String action, String verb) {
        OutboxMessage message = Optional.ofNullable(em.find(OutboxMessage.class, id))
                .orElseThrow(() -> PlatformRefusedException.notFound("outbox message " + id));
        if (message.status() != required) {
            throw new PlatformRefusedException(409, "illegal-transition", "only a " + required
                    + " message can be " + verb + "; this one is " + message.status());
        }
        String before = message.toJson();
        if (required == OutboxMessage.Status.DEAD) {
            message.retry(clock.instant());
        } else {
            message.resend(clock.instant());
        }
        em.flush();
        audit.record(new AuditedChange(action, "outbox", String.valueOf(id), before, message.toJson()));
        return entry(message);
    }

    private static OutboxMessage.Status status(String status) {
        if (status == null || status.isBlank()) {
            return null;
        }
        try {
            return OutboxMessage.Status.valueOf(status.strip().toUpperCase());
        } catch (IllegalArgumentException e) {
            throw PlatformRefusedException.invalid("status must be PENDING, DELIVERED or DEAD");
        }
    }

    private OutboxEntry entry(OutboxMessage m) {
        String waiting = m.status() == OutboxMessage.Status.PENDING
                ? destinations.whyWaiting(m.destination()).orElse(null) : null;
        return new OutboxEntry(m.id(), m.destination(), m.messageType(), m.idempotencyKey(), m.status().name(),
                m.attempts(), m.lastError(), m.status() == OutboxMessage.Status.PENDING ? m.nextAttemptAt() : null,
                m.createdAt(), m.deliveredAt(), m.deadAt(), waiting, m.payload());
    }
}

package org.linkage110.platform;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import org.linkage110.platform.internal.OutboxMessage;

/**
 * Messages to other agencies' platforms (110, 12345). {@link #enqueue} joins the caller's
 * transaction, so a message exists exactly when the change it reports was committed; the
 * {@code OutboxSender} delivers it later, at least once, with the idempotency key as header.
 */
@Stateless
public class Outbox {

    /** Destination names, as in the configuration keys {@code app.peer.<destination>.url}. */
    public static final String PLATFORM_110 = "110";
    public static final String HOTLINE_12345 = "12345";

    @PersistenceContext(unitName = "platform")
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void enqueue(String destination, String messageType, String idempotencyKey, String payloadJson) {
        OutboxMessage message = new OutboxMessage(destination, messageType, idempotencyKey, payloadJson, clock.instant());
        em.persist(message);
        em.flush();
        audit.record(AuditedChange.created("platform.outbox.enqueued", "outbox", message.id(), message.toJson()));
    }
}

package org.linkage110.platform;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.JsonException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.StringReader;
import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;
import org.linkage110.domain.Role;
import org.linkage110.platform.internal.DemoPeer;
import org.linkage110.platform.internal.DemoPeerMessage;

/**
 * Stand-ins for the 110 and 12345 platforms, on with demo data ({@code app.demo.peers}): they take
 * what the outbox sends, check its key as the real platforms would, answer a receipt (the first
 * receipt again for a key they have seen) and keep everything for the office to look at. An
 * administrator can take one down (it answers 503) to watch retries and dead messages.
 */
@Stateless
@DeclareRoles({Role.Names.DISPATCHER, Role.Names.SUPERVISOR, Role.Names.ADMIN})
public class DemoPeers {

    public static final List<String> PEERS = List.of(Outbox.PLATFORM_110, Outbox.HOTLINE_12345);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyyMMdd");

    @PersistenceContext(unitName = "platform")
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Inject
    Config config;

    /** What the peer answers: an HTTP status and a JSON body. */
    public record Answer(int status, String json) implements java.io.Serializable {
    }

    public boolean enabled() {
        return config.getOptionalValue("app.demo.peers", Boolean.class).orElse(false);
    }

    /** A message for {@code peer} of this type; anyone may send, the peer checks the key itself. */
    @PermitAll
    public Answer receive(String peer, String messageType, String idempotencyKey, String apiKey, String body) {
        if (!enabled() || !PEERS.contains(peer) || messageType == null || !messageType.matches("[a-z0-9-]{1,60}")) {
            return answer(404, "NOT_FOUND", "no such receiver", null);
        }
        if (!em.find(DemoPeer.class, peer).answering()) {
            return answer(503, "UNAVAILABLE", "service temporarily unavailable", null);
        }
        Optional<String> expected = config.getOptionalValue("app.peer." + peer + ".key", String.class)
                .filter(key -> !key.isBlank());
        if (expected.isPresent() && (apiKey == null || !MessageDigest.isEqual(
                expected.get().getBytes(StandardCharsets.UTF_8), apiKey.getBytes(StandardCharsets.UTF_8)))) {
            return answer(401, "UNAUTHORIZED", "key missing or wrong", null);
        }
        try {
            Jsons.createReader(new StringReader(body == null ? "" : body)).readObject();
        } catch (JsonException e) {
            return answer(400, "BAD_REQUEST", "body is not a JSON object", null);
        }
        String key = idempotencyKey == null || idempotencyKey.isBlank() ? null : idempotencyKey.strip();
        Optional<DemoPeerMessage> first = key == null ? Optional.empty()
                : em.createNamedQuery(DemoPeerMessage.BY_KEY, DemoPeerMessage.class).setParameter("peer", peer)
                        .setParameter("key", key).getResultStream().findFirst();
        Instant now = clock.instant();
        String receipt = first.map(DemoPeerMessage::receipt).orElseGet(() -> receiptNumber(peer, now));
        em.persist(new DemoPeerMessage(peer, messageType, key, first.isPresent(), receipt,
                body.length() > 100_000 ? body.substring(0, 100_000) : body, now));
        return first.isPresent()
                ? answer(200, "DUPLICATE", "already received", receipt)
                : answer(201, "RECEIVED", "received", receipt);
    }

    /** The newest messages the peer received. */
    @RolesAllowed({Role.Names.DISPATCHER, Role.Names.SUPERVISOR, Role.Names.ADMIN})
    public List<DemoPeerReceived> received(String peer, int max) {
        return em.createNamedQuery(DemoPeerMessage.OF_PEER, DemoPeerMessage.class).setParameter("peer", known(peer))
                .setMaxResults(Math.max(1, Math.min(max, 500))).getResultStream().map(DemoPeerMessage::toView).toList();
    }

    @RolesAllowed({Role.Names.DISPATCHER, Role.Names.SUPERVISOR, Role.Names.ADMIN})
    public boolean answering(String peer) {
        return em.find(DemoPeer.class, known(peer)).answering();
    }

    /** Takes the peer down (it answers 503) or brings it back. */
    @RolesAllowed(Role.Names.ADMIN)
    public void answering(String peer, boolean answering) {
        DemoPeer demo = em.find(DemoPeer.class, known(peer));
        String before = demo.toJson();
        demo.answering(answering);
        em.flush();
        audit.record(new AuditedChange("platform.demo-peer.changed", "demo-peer", peer, before, demo.toJson()));
    }

    private static String known(String peer) {
        if (!PEERS.contains(peer)) {
            throw PlatformRefusedException.notFound("demo peer " + peer);
        }
        return peer;
    }

    private String receiptNumber(String peer, Instant now) {
        long count = em.createQuery("select count(m) from DemoPeerMessage m where m.peer = :peer and m.duplicate = false",
                Long.class).setParameter("peer", peer).getSingleResult();
        return (Outbox.PLATFORM_110.equals(peer) ? "JQ" : "GD") + DAY.format(now.atZone(clock.getZone()))
                + String.format("%06d", count + 1);
    }

    private static Answer answer(int status, String code, String message, String receipt) {
        var json = Jsons.createObjectBuilder().add("code", code).add("message", message);
        if (receipt != null) {
            json.add("receipt", receipt);
        }
        return new Answer(status, json.build().toString());
    }
}

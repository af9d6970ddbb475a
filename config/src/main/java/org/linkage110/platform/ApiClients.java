package org.linkage110.platform;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.linkage110.domain.Role;
import org.linkage110.platform.internal.ApiClient;

/**
 * Agency systems' credentials: the administrator creates a client for 110, 12345 or a linkage
 * unit's own system (its secret shown once), rotates its secret (the old one stays valid for
 * {@code app.api-client.rotation-overlap}), changes its allowed calls, revokes it. Secrets are
 * random and kept as SHA-256 only; nothing here logs or audits one.
 */
@Stateless
@DeclareRoles(Role.Names.ADMIN)
public class ApiClients {

    @PersistenceContext(unitName = "platform")
    EntityManager em;

    @Inject
    SignInGuard guard;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Inject
    UnitDirectory units;

    @Inject
    @ConfigProperty(name = "app.api-client.rotation-overlap", defaultValue = "P7D")
    Duration overlap;

    /** A key the administrator hands over once: {@code <clientId>.<secret>}, as sent in X-API-Key. */
    public record IssuedKey(ApiClientView client, String key) implements java.io.Serializable {

        @Override
        public String toString() {
            return "IssuedKey[" + client.clientId() + "]"; // never the key
        }
    }

    /**
     * Whether the key is a client's now; failures count towards the client's sign-in lock. A right
     * key only reads (in the caller's transaction if it has one, else in none); a wrong one is
     * counted in a transaction of its own.
     */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public ApiClientVerdict verify(String clientId, String secret, String origin) {
        String subject = SignInGuard.ofApiClient(clientId);
        ApiClient client = clientId == null || clientId.length() > 60 ? null : em.find(ApiClient.class, clientId);
        boolean right = client != null && client.accepts(secret, clock.instant());
        Optional<Instant> locked = guard.lockedUntil(subject);
        if (locked.isPresent()) {
            return ApiClientVerdict.locked(locked.get());
        }
        if (!right) {
            return guard.failedAlone(subject, "api-key", origin).map(ApiClientVerdict::locked)
                    .orElseGet(ApiClientVerdict::refused);
        }
        return ApiClientVerdict.valid(client.toView());
    }

    @RolesAllowed(Role.Names.ADMIN)
    public List<ApiClientView> list() {
        return em.createNamedQuery(ApiClient.ALL, ApiClient.class).getResultStream().map(ApiClient::toView).toList();
    }

    @RolesAllowed(Role.Names.ADMIN)
    public IssuedKey create(@NotNull @Valid NewApiClient request) {
        if (em.find(ApiClient.class, request.clientId()) != null) {
            throw ChangeRefusedException.of("clientId", "clientId.taken", request.clientId() + " exists already");
        }
        requireAgency(request.agency());
        Set<ApiCall> calls = request.allowedCalls() == null || request.allowedCalls().isEmpty()
                ? ApiCall.defaultsFor(request.agency()) : request.allowedCalls();
        String secret = Passwords.randomSecret();
        ApiClient client = new ApiClient(request.clientId(), secret, request.agency(), request.nameZh().strip(), calls,
                clock.instant());
        em.persist(client);
        audit.record(AuditedChange.created("platform.api-client.created", "api-client", request.clientId(),
                client.toJson()));
        em.flush();
        return new IssuedKey(client.toView(), request.clientId() + "." + secret);
    }

    /** A new secret; the old one keeps working until the overlap ends. */
    @RolesAllowed(Role.Names.ADMIN)
    public IssuedKey rotate(String clientId) {
        ApiClient client = existing(clientId);
        String before = client.toJson();
        String secret = Passwords.randomSecret();
        Instant now = clock.instant();
        client.rotate(secret, now, now.plus(overlap));
        audit.record(new AuditedChange("platform.api-client.rotated", "api-client", clientId, before, client.toJson()));
        em.flush();
        return new IssuedKey(client.toView(), clientId + "." + secret);
    }

    @RolesAllowed(Role.Names.ADMIN)
    public ApiClientView allow(String clientId, Set<ApiCall> calls) {
        ApiClient client = existing(clientId);
        String before = client.toJson();
        client.allow(calls);
        audit.record(new AuditedChange("platform.api-client.calls-changed", "api-client", clientId, before,
                client.toJson()));
        em.flush();
        return client.toView();
    }

    /** Never accepted again, whichever secret it sends. */
    @RolesAllowed(Role.Names.ADMIN)
    public ApiClientView revoke(String clientId, String reason) {
        if (reason == null || reason.isBlank() || reason.length() > 500) {
            throw ChangeRefusedException.of("reason", "reason.required", "say why the client is revoked (up to 500 characters)");
        }
        ApiClient client = existing(clientId);
        String before = client.toJson();
        client.revoke(reason.strip(), clock.instant());
        audit.record(new AuditedChange("platform.api-client.revoked", "api-client", clientId, before,
                Jsons.createObjectBuilder().add("reason", reason.strip()).build().toString()));
        em.flush();
        return client.toView();
    }

    /** Lifts the lock that failed keys put on a client. */
    @RolesAllowed(Role.Names.ADMIN)
    public ApiClientView unlock(String clientId) {
        ApiClient client = existing(clientId);
        if (!guard.unlock(SignInGuard.ofApiClient(clientId))) {
            throw ChangeRefusedException.of("clientId", "apiClient.notLocked", clientId + " is not locked");
        }
        return client.toView();
    }

    private ApiClient existing(String clientId) {
        ApiClient client = clientId == null ? null : em.find(ApiClient.class, clientId);
        if (client == null) {
            throw new NotFoundInPlatformException("API client", clientId);
        }
        return client;
    }

    private void requireAgency(String agency) {
        if (!Outbox.PLATFORM_110.equals(agency) && !Outbox.HOTLINE_12345.equals(agency)
                && !ApiCall.OPEN311_CHANNEL.equals(agency) && units.activeUnitName(agency).isEmpty()) {
            throw ChangeRefusedException.of("agency", "agency.unknown",
                    "110, 12345, OPEN311 (a channel speaking Open311) or the code of an active linkage unit");
        }
    }
}

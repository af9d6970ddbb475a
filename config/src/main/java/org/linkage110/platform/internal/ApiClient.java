package org.linkage110.platform.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.linkage110.platform.ApiCall;
import org.linkage110.platform.ApiClientView;
import org.linkage110.platform.ChangeRefusedException;
import org.linkage110.platform.Jsons;
import org.linkage110.platform.Passwords;

/**
 * Another agency's system with its own credential, scoped to that agency and to the calls it is
 * allowed. Only the SHA-256 of the secret is kept. A rotation keeps the previous secret valid for
 * an overlap, so the agency can switch without a gap; a revoked client is never accepted again.
 */
@Entity
@Table(name = "platform_api_client")
@NamedQuery(name = ApiClient.ALL, query = "select c from ApiClient c order by c.agency, c.clientId")
public class ApiClient {

    public static final String ALL = "ApiClient.all";

    @Id
    @Column(name = "client_id", length = 60)
    private String clientId;

    @Version
    private long version;

    @Column(name = "secret_hash", nullable = false, length = 64)
    private String secretHash;

    @Column(name = "previous_secret_hash", length = 64)
    private String previousSecretHash;

    @Column(name = "previous_valid_until")
    private Instant previousValidUntil;

    @Column(nullable = false, length = 40)
    private String agency;

    @Column(name = "name_zh", nullable = false, length = 100)
    private String nameZh;

    @Column(name = "allowed_calls", nullable = false, length = 200)
    private String allowedCalls;

    @Column(nullable = false)
    private boolean enabled;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "rotated_at")
    private Instant rotatedAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Column(name = "revoked_reason", length = 500)
    private String revokedReason;

    protected ApiClient() {
    }

    public ApiClient(String clientId, String secret, String agency, String nameZh, Set<ApiCall> calls,
                     Instant createdAt) {
        this.clientId = clientId;
        this.secretHash = Passwords.sha256(secret);
        this.agency = agency;
        this.nameZh = nameZh;
        this.enabled = true;
        this.createdAt = createdAt;
        allow(calls);
    }

    /** Whether this secret is the client's at this moment: the current one, or the previous during the overlap. */
    public boolean accepts(String secret, Instant now) {
        byte[] offered = Passwords.sha256(secret).getBytes(StandardCharsets.US_ASCII);
        boolean current = MessageDigest.isEqual(secretHash.getBytes(StandardCharsets.US_ASCII), offered);
        boolean previous = previousSecretHash != null
                && MessageDigest.isEqual(previousSecretHash.getBytes(StandardCharsets.US_ASCII), offered)
                && previousValidUntil != null && now.isBefore(previousValidUntil);
        return enabled && revokedAt == null && (current || previous);
    }

    public boolean may(ApiCall call) {
        return calls().contains(call);
    }

    /** A new secret; the one it replaces stays valid until {@code oldValidUntil}. */
    public void rotate(String newSecret, Instant now, Instant oldValidUntil) {
        requireUsable();
        previousSecretHash = secretHash;
        previousValidUntil = oldValidUntil;
        secretHash = Passwords.sha256(newSecret);
        rotatedAt = now;
    }

    public void revoke(String reason, Instant now) {
        requireUsable();
        revokedAt = now;
        revokedReason = reason;
        enabled = false;
    }

    public void allow(Set<ApiCall> calls) {
        if (calls == null || calls.isEmpty()) {
            throw ChangeRefusedException.of("allowedCalls", "allowedCalls.required",
                    "allow the client at least one group of calls");
        }
        allowedCalls = calls.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
    }

    public String clientId() {
        return clientId;
    }

    public String agency() {
        return agency;
    }

    private Set<ApiCall> calls() {
        Set<ApiCall> calls = EnumSet.noneOf(ApiCall.class);
        Arrays.stream(allowedCalls.split(",")).filter(s -> !s.isBlank()).map(ApiCall::valueOf).forEach(calls::add);
        return calls;
    }

    private void requireUsable() {
        if (revokedAt != null) {
            throw ChangeRefusedException.of("clientId", "apiClient.revoked", clientId + " is revoked");
        }
    }

    public ApiClientView toView() {
        return new ApiClientView(clientId, agency, nameZh, calls(), revokedAt == null && enabled, createdAt,
                rotatedAt, previousValidUntil, revokedAt, revokedReason, version);
    }

    /** The state recorded in the audit trail; never a secret or its hash. */
    public String toJson() {
        return Jsons.createObjectBuilder()
                .add("clientId", clientId).add("agency", agency).add("nameZh", nameZh)
                .add("allowedCalls", allowedCalls).add("enabled", enabled && revokedAt == null)
                .add("rotatedAt", String.valueOf(rotatedAt)).add("previousValidUntil", String.valueOf(previousValidUntil))
                .add("revokedAt", String.valueOf(revokedAt))
                .build().toString();
    }
}

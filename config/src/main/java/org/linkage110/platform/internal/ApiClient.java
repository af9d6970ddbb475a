package org.linkage110.platform.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import org.linkage110.platform.ApiClientView;

/** Another agency's system with its own credential, scoped to that agency. */
@Entity
@Table(name = "platform_api_client")
public class ApiClient {

    @Id
    @Column(name = "client_id", length = 60)
    private String clientId;

    @Version
    private long version;

    @Column(name = "secret_hash", nullable = false, length = 64)
    private String secretHash;

    @Column(nullable = false, length = 40)
    private String agency;

    @Column(name = "name_zh", nullable = false, length = 100)
    private String nameZh;

    @Column(nullable = false)
    private boolean enabled;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected ApiClient() {
    }

    public ApiClient(String clientId, String secret, String agency, String nameZh, Instant createdAt) {
        this.clientId = clientId;
        this.secretHash = sha256(secret);
        this.agency = agency;
        this.nameZh = nameZh;
        this.enabled = true;
        this.createdAt = createdAt;
    }

    public boolean accepts(String secret) {
        return enabled && MessageDigest.isEqual(
                secretHash.getBytes(StandardCharsets.US_ASCII), sha256(secret).getBytes(StandardCharsets.US_ASCII));
    }

    public ApiClientView toView() {
        return new ApiClientView(clientId, agency, nameZh);
    }

    public String toJson() {
        return jakarta.json.Json.createObjectBuilder()
                .add("clientId", clientId).add("agency", agency).add("nameZh", nameZh).add("enabled", enabled)
                .build().toString();
    }

    private static String sha256(String secret) {
        try {
            return HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}

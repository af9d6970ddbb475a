package org.linkage110.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;

/**
 * The keys that sign and verify tokens, from {@code app.token.keys}: {@code kid=base64 secret}
 * pairs separated by commas, the first signs and every one verifies. Rotation without downtime:
 * add the new key second on every instance, then move it first, then drop the old one once the
 * longest refresh token has expired. The value is read at every use, so a configuration source
 * that changes while running (not only environment variables) takes effect at once. With no key
 * configured each process makes a random one: tokens then end with the process and hold on one
 * instance only (fine for a single server and the tests; set the keys for a cluster).
 */
@ApplicationScoped
public class TokenKeys {

    private static final Logger LOG = Logger.getLogger(TokenKeys.class.getName());
    /** HS256 needs at least 256 bits. */
    private static final int MIN_BYTES = 32;

    @Inject
    Config config;

    private volatile String parsedFrom;
    private volatile Map<String, byte[]> keys;
    private final Map<String, byte[]> local = Map.of("local-" + Long.toHexString(new SecureRandom().nextLong()),
            randomKey());

    /** The key id and secret that sign new tokens. */
    public Map.Entry<String, byte[]> signing() {
        return current().entrySet().iterator().next();
    }

    /** The secret of this key id, if it is one of the configured keys. */
    public Optional<byte[]> verifying(String kid) {
        return kid == null ? Optional.empty() : Optional.ofNullable(current().get(kid));
    }

    private Map<String, byte[]> current() {
        String raw = config.getOptionalValue("app.token.keys", String.class).orElse("").strip();
        if (!raw.equals(parsedFrom)) {
            keys = raw.isEmpty() ? local : parse(raw);
            parsedFrom = raw;
            if (raw.isEmpty()) {
                LOG.warning("app.token.keys is not set: tokens are signed with a random key of this process");
            }
        }
        return keys;
    }

    static Map<String, byte[]> parse(String raw) {
        Map<String, byte[]> parsed = new LinkedHashMap<>();
        for (String pair : raw.split(",")) {
            int eq = pair.indexOf('=');
            if (eq <= 0) {
                throw new IllegalStateException("app.token.keys: each key is kid=base64 secret");
            }
            byte[] secret = Base64.getDecoder().decode(pair.substring(eq + 1).strip());
            if (secret.length < MIN_BYTES) {
                throw new IllegalStateException("app.token.keys: key " + pair.substring(0, eq).strip()
                        + " has fewer than 32 bytes");
            }
            parsed.put(pair.substring(0, eq).strip(), secret);
        }
        return parsed;
    }

    private static byte[] randomKey() {
        byte[] key = new byte[MIN_BYTES];
        new SecureRandom().nextBytes(key);
        return key;
    }

    @Override
    public String toString() {
        return "TokenKeys"; // never the secrets
    }
}

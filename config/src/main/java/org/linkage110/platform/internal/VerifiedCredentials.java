package org.linkage110.platform.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Name and password pairs that passed the PBKDF2 check a moment ago, so that a desk system calling
 * with HTTP Basic pays the check once every few minutes instead of on every call.
 *
 * <p>A pair is kept as an HMAC-SHA256 of name and password under a key made at random when the
 * process starts and never stored, beside the password hash it was checked against: the password
 * itself is not kept, and what is kept is of no use outside this process. A remembered pair counts
 * only while that hash is still the account's stored one, so a changed or reset password is refused
 * at the next call on every node; the caller reads the account each time anyway, so a disabled or
 * locked account is refused at once too. Only pairs that passed are remembered: a wrong password
 * always pays the full check, as does the first call after {@link #TTL}.
 */
@ApplicationScoped
public class VerifiedCredentials {

    /** How long a pair that passed is taken as checked. */
    public static final Duration TTL = Duration.ofMinutes(5);
    /** At most this many pairs; past it the remembered ones are forgotten (they are checked again). */
    static final int MAX = 10_000;

    private record Verified(String passwordHash, Instant until) {
    }

    private final Map<String, Verified> verified = new ConcurrentHashMap<>();
    private final SecretKeySpec key;

    @Inject
    Clock clock;

    public VerifiedCredentials() {
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        key = new SecretKeySpec(secret, "HmacSHA256");
    }

    VerifiedCredentials(Clock clock) {
        this();
        this.clock = clock;
    }

    /** Whether this name and password passed the check against this stored hash a moment ago. */
    public boolean passed(String username, char[] password, String storedHash) {
        if (username == null || password == null || storedHash == null) {
            return false;
        }
        Verified found = verified.get(digest(username, password));
        return found != null && found.passwordHash().equals(storedHash) && clock.instant().isBefore(found.until());
    }

    /** Remembers a name and password that just passed the check against this stored hash. */
    public void remember(String username, char[] password, String storedHash) {
        if (verified.size() >= MAX) {
            verified.clear();
        }
        verified.put(digest(username, password), new Verified(storedHash, clock.instant().plus(TTL)));
    }

    private String digest(String username, char[] password) {
        ByteBuffer secret = StandardCharsets.UTF_8.encode(CharBuffer.wrap(password));
        byte[] bytes = new byte[secret.remaining()];
        secret.get(bytes);
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            mac.update(username.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            return Base64.getEncoder().encodeToString(mac.doFinal(bytes));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java runtime has HmacSHA256", e);
        } finally {
            Arrays.fill(bytes, (byte) 0);
        }
    }
}

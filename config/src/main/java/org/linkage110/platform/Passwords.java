package org.linkage110.platform;

import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * How portal passwords are hashed: PBKDF2 with HMAC-SHA512, 210,000 iterations (OWASP 2023). The
 * same settings serve the identity store's annotation (as {@code key=value} constants) and the
 * code that creates accounts (as a map), so the two cannot drift apart.
 */
public final class Passwords {

    public static final String ALGORITHM = "Pbkdf2PasswordHash.Algorithm=PBKDF2WithHmacSHA512";
    public static final String ITERATIONS = "Pbkdf2PasswordHash.Iterations=210000";
    public static final String SALT_SIZE = "Pbkdf2PasswordHash.SaltSizeBytes=32";
    public static final String KEY_SIZE = "Pbkdf2PasswordHash.KeySizeBytes=64";

    public static final Map<String, String> HASH_PARAMETERS = Arrays.stream(
                    new String[] {ALGORITHM, ITERATIONS, SALT_SIZE, KEY_SIZE})
            .map(parameter -> parameter.split("=", 2))
            .collect(Collectors.toUnmodifiableMap(pair -> pair[0], pair -> pair[1]));

    private Passwords() {
    }
}

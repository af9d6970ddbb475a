package org.linkage110.platform;

import java.util.Map;

/** How portal passwords are hashed: PBKDF2 with HMAC-SHA512, 210,000 iterations (OWASP 2023). */
public final class Passwords {

    public static final Map<String, String> HASH_PARAMETERS = Map.of(
            "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA512",
            "Pbkdf2PasswordHash.Iterations", "210000",
            "Pbkdf2PasswordHash.SaltSizeBytes", "32",
            "Pbkdf2PasswordHash.KeySizeBytes", "64");

    private Passwords() {
    }
}

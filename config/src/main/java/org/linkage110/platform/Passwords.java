package org.linkage110.platform;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * How portal passwords are kept: PBKDF2 with HMAC-SHA512, 210,000 iterations (OWASP 2023), a
 * random 32-byte salt per password, stored as {@code PBKDF2WithHmacSHA512:<iterations>:<salt>:<hash>}
 * (Base64), the format of Jakarta Security's {@code Pbkdf2PasswordHash}, so hashes made by either
 * verify with the other. Verifying takes the same time whether or not the password is right.
 */
public final class Passwords {

    public static final String ALGORITHM = "PBKDF2WithHmacSHA512";
    public static final int ITERATIONS = 210_000;
    static final int SALT_BYTES = 32;
    static final int KEY_BYTES = 64;

    private static final SecureRandom RANDOM = new SecureRandom();

    /** A hash made of nothing anybody knows: verified against when there is no account, so refusing takes as long. */
    private static final String NOBODY = hash(randomText(24).toCharArray());

    private Passwords() {
    }

    public static String hash(char[] password) {
        byte[] salt = new byte[SALT_BYTES];
        RANDOM.nextBytes(salt);
        return ALGORITHM + ":" + ITERATIONS + ":" + Base64.getEncoder().encodeToString(salt) + ":"
                + Base64.getEncoder().encodeToString(derive(password, salt, ITERATIONS, KEY_BYTES));
    }

    /** Whether the password matches the stored hash; a null hash (no such account) costs the same and fails. */
    public static boolean verify(char[] password, String stored) {
        String[] parts = (stored == null ? NOBODY : stored).split(":");
        if (parts.length != 4 || !parts[0].equals(ALGORITHM)) {
            return false;
        }
        byte[] salt = Base64.getDecoder().decode(parts[2]);
        byte[] expected = Base64.getDecoder().decode(parts[3]);
        byte[] actual = derive(password, salt, Integer.parseInt(parts[1]), expected.length);
        return MessageDigest.isEqual(expected, actual) && stored != null;
    }

    /** Random text from an alphabet without look-alike characters, for one-time passwords. */
    public static String randomText(int length) {
        String alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789";
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append(alphabet.charAt(RANDOM.nextInt(alphabet.length())));
        }
        return text.toString();
    }

    /** A random secret of 32 bytes, URL-safe Base64 without padding (43 characters). */
    public static String randomSecret() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** SHA-256 in hex: enough for long random secrets, which no dictionary holds. */
    public static String sha256(String secret) {
        try {
            return java.util.HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private static byte[] derive(char[] password, byte[] salt, int iterations, int keyBytes) {
        PBEKeySpec spec = new PBEKeySpec(password, salt, iterations, keyBytes * 8);
        try {
            return SecretKeyFactory.getInstance(ALGORITHM).generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java 17 runtime has " + ALGORITHM, e);
        } finally {
            spec.clearPassword();
        }
    }
}

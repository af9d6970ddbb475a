package org.linkage110.platform;

import java.util.Locale;
import java.util.Optional;

/**
 * What a password a person chooses must be: at least 10 characters, not the user name inside it,
 * not the one it replaces. (NIST SP 800-63B: length over composition rules.)
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 10;
    public static final int MAX_LENGTH = 200;

    private PasswordPolicy() {
    }

    /** Why this password is refused, as a code the portal translates; empty when it is fine. */
    public static Optional<String> refusal(String username, String password) {
        if (password == null || password.length() < MIN_LENGTH) {
            return Optional.of("password.tooShort");
        }
        if (password.length() > MAX_LENGTH) {
            return Optional.of("password.tooLong");
        }
        if (password.toLowerCase(Locale.ROOT).contains(username.toLowerCase(Locale.ROOT))) {
            return Optional.of("password.containsUsername");
        }
        if (password.isBlank() || password.chars().distinct().count() < 4) {
            return Optional.of("password.tooSimple");
        }
        return Optional.empty();
    }
}

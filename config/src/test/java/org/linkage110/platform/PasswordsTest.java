package org.linkage110.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordsTest {

    @Test
    void theMapCarriesEachAnnotationSetting() {
        assertThat(Passwords.HASH_PARAMETERS)
                .containsEntry("Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA512")
                .containsEntry("Pbkdf2PasswordHash.Iterations", "210000")
                .containsEntry("Pbkdf2PasswordHash.SaltSizeBytes", "32")
                .containsEntry("Pbkdf2PasswordHash.KeySizeBytes", "64")
                .hasSize(4);
    }
}

package org.linkage110.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordsTest {

    /** A hash made by Jakarta Security's Pbkdf2PasswordHash (Soteria) for "Demo-110", as the first demo accounts had. */
    private static final String MADE_BY_JAKARTA_SECURITY = "PBKDF2WithHmacSHA512:210000:"
            + "QRfypmXVcYFcnZzM8S3zZK+UXB4iQG6naHtwtsTTEWM=:Hi9PLaWfV6YD3AxefXwb6HBBZYK3jKnKx5gcaffQI4LwQxs20wx04CEG4boAY1"
            + "hedQQS+BydVv62r8uKOUJUQQ==";

    @Test
    void verifiesHashesInJakartaSecuritysFormat() {
        assertThat(Passwords.verify("Demo-110".toCharArray(), MADE_BY_JAKARTA_SECURITY)).isTrue();
        assertThat(Passwords.verify("Demo-111".toCharArray(), MADE_BY_JAKARTA_SECURITY)).isFalse();
    }

    @Test
    void eachHashHasASaltOfItsOwnAndTheSettingsInIt() {
        String first = Passwords.hash("same password".toCharArray());
        String second = Passwords.hash("same password".toCharArray());
        assertThat(first).isNotEqualTo(second).startsWith("PBKDF2WithHmacSHA512:210000:");
        assertThat(first.split(":")[2]).isNotEqualTo(second.split(":")[2]);
        assertThat(Passwords.verify("same password".toCharArray(), first)).isTrue();
        assertThat(Passwords.verify("same password".toCharArray(), second)).isTrue();
    }

    @Test
    void noAccountNeverVerifiesYetCostsAVerification() {
        long start = System.nanoTime();
        assertThat(Passwords.verify("anything".toCharArray(), null)).isFalse();
        long missing = System.nanoTime() - start;
        String stored = Passwords.hash("x".toCharArray());
        start = System.nanoTime();
        Passwords.verify("anything".toCharArray(), stored);
        long wrong = System.nanoTime() - start;
        // the same PBKDF2 work either way: neither is an order of magnitude faster
        assertThat(missing * 5).isGreaterThan(wrong);
        assertThat(wrong * 5).isGreaterThan(missing);
    }

    @Test
    void randomSecretsAndOneTimePasswordsDiffer() {
        assertThat(Passwords.randomSecret()).hasSize(43).isNotEqualTo(Passwords.randomSecret());
        assertThat(Passwords.randomText(14)).hasSize(14).doesNotContain("0", "O", "1", "l", "I");
    }

    @Test
    void policyRefusesShortTrivialOrNameBearingPasswords() {
        assertThat(PasswordPolicy.refusal("zhang.wei", "short")).contains("password.tooShort");
        assertThat(PasswordPolicy.refusal("zhang.wei", "my-zhang.wei-2026")).contains("password.containsUsername");
        assertThat(PasswordPolicy.refusal("zhang.wei", "aaaaaaaaaaaa")).contains("password.tooSimple");
        assertThat(PasswordPolicy.refusal("zhang.wei", "蓝天白云-值班-2026")).isEmpty();
    }
}

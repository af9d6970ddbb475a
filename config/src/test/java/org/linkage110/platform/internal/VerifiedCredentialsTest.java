package org.linkage110.platform.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class VerifiedCredentialsTest {

    private static final String HASH = "PBKDF2WithHmacSHA512:210000:c2FsdA==:aGFzaA==";

    private final MovableClock clock = new MovableClock();
    private final VerifiedCredentials verified = new VerifiedCredentials(clock);

    @Test
    void aPairThatPassedCountsAgainstTheSameStoredHashUntilItsTimeIsUp() {
        assertThat(verified.passed("dispatcher", "Demo-110".toCharArray(), HASH)).isFalse();
        verified.remember("dispatcher", "Demo-110".toCharArray(), HASH);
        assertThat(verified.passed("dispatcher", "Demo-110".toCharArray(), HASH)).isTrue();

        clock.now = clock.now.plus(VerifiedCredentials.TTL);
        assertThat(verified.passed("dispatcher", "Demo-110".toCharArray(), HASH)).isFalse();
    }

    @Test
    void anotherPasswordAnotherNameOrAChangedStoredHashAreNotTheRememberedPair() {
        verified.remember("dispatcher", "Demo-110".toCharArray(), HASH);
        assertThat(verified.passed("dispatcher", "Demo-111".toCharArray(), HASH)).isFalse();
        assertThat(verified.passed("supervisor", "Demo-110".toCharArray(), HASH)).isFalse();
        // the password was changed or reset since: the account's stored hash is another one
        assertThat(verified.passed("dispatcher", "Demo-110".toCharArray(), HASH + "x")).isFalse();
        assertThat(verified.passed("dispatcher", "Demo-110".toCharArray(), null)).isFalse();
        // the name and the password are not joined ambiguously: "dis" + "patcherDemo-110" is another pair
        assertThat(verified.passed("dis", "patcherDemo-110".toCharArray(), HASH)).isFalse();
    }

    @Test
    void twoProcessesShareNothing() {
        verified.remember("dispatcher", "Demo-110".toCharArray(), HASH);
        assertThat(new VerifiedCredentials(clock).passed("dispatcher", "Demo-110".toCharArray(), HASH)).isFalse();
    }

    @Test
    void pastTheLimitTheRememberedPairsAreForgotten() {
        verified.remember("dispatcher", "Demo-110".toCharArray(), HASH);
        for (int i = 1; i < VerifiedCredentials.MAX; i++) {
            verified.remember("user" + i, "pw".toCharArray(), HASH);
        }
        assertThat(verified.passed("dispatcher", "Demo-110".toCharArray(), HASH)).isTrue();
        verified.remember("one-more", "pw".toCharArray(), HASH);
        assertThat(verified.passed("dispatcher", "Demo-110".toCharArray(), HASH)).isFalse();
        assertThat(verified.passed("one-more", "pw".toCharArray(), HASH)).isTrue();
    }

    private static final class MovableClock extends Clock {
        Instant now = Instant.parse("2026-12-01T08:00:00Z");

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

}

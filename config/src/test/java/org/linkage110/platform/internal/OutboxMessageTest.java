package org.linkage110.platform.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class OutboxMessageTest {

    private static final Instant T0 = Instant.parse("2026-12-01T00:00:00Z");
    private static final Duration BASE = Duration.ofSeconds(2);
    private static final Duration MAX = Duration.ofMinutes(5);

    @Test
    void failedAttemptsBackOffDoublingUpToTheMaximumAndTheLastAllowedOneMakesTheMessageDead() {
        OutboxMessage message = new OutboxMessage("110", "police-matters", "k", "{}", T0);
        assertThat(message.failed("HTTP 503", T0, BASE, MAX, 4)).isFalse();
        assertThat(message.nextAttemptAt()).isEqualTo(T0.plusSeconds(2));
        assertThat(message.failed("HTTP 503", T0, BASE, MAX, 4)).isFalse();
        assertThat(message.nextAttemptAt()).isEqualTo(T0.plusSeconds(4));
        assertThat(message.failed("HTTP 503", T0, BASE, Duration.ofSeconds(5), 4)).isFalse();
        assertThat(message.nextAttemptAt()).as("capped").isEqualTo(T0.plusSeconds(5));
        assertThat(message.failed("timeout", T0, BASE, MAX, 4)).isTrue();
        assertThat(message.status()).isEqualTo(OutboxMessage.Status.DEAD);
        assertThat(message.attempts()).isEqualTo(4);
        assertThat(message.lastError()).isEqualTo("timeout");
        assertThat(message.deadAt()).isEqualTo(T0);
        assertThatThrownBy(() -> message.failed("again", T0, BASE, MAX, 4)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void onlyADeadMessageIsRetriedAndOnlyADeliveredOneIsResentEachWithAFreshCountOfAttempts() {
        OutboxMessage message = new OutboxMessage("110", "police-matters", "k", "{}", T0);
        assertThatThrownBy(() -> message.retry(T0)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> message.resend(T0)).isInstanceOf(IllegalStateException.class);
        message.failed("HTTP 503", T0, BASE, MAX, 1);
        Instant later = T0.plusSeconds(60);
        message.retry(later);
        assertThat(message.status()).isEqualTo(OutboxMessage.Status.PENDING);
        assertThat(message.attempts()).isZero();
        assertThat(message.nextAttemptAt()).isEqualTo(later);
        assertThat(message.deadAt()).isNull();
        message.delivered(later);
        assertThat(message.attempts()).isEqualTo(1);
        assertThatThrownBy(() -> message.retry(later)).isInstanceOf(IllegalStateException.class);
        message.resend(later.plusSeconds(1));
        assertThat(message.status()).isEqualTo(OutboxMessage.Status.PENDING);
        assertThat(message.deliveredAt()).isNull();
        assertThat(message.idempotencyKey()).isEqualTo("k");
    }

    @Test
    void aMessageWithNowhereToGoIsAbandonedAsDeadWithoutAnAttempt() {
        OutboxMessage message = new OutboxMessage("webhook:7", "instruction.dispatched", "msg_1", "{}", T0);
        message.abandon("subscription disabled", T0);
        assertThat(message.status()).isEqualTo(OutboxMessage.Status.DEAD);
        assertThat(message.attempts()).isZero();
        assertThatThrownBy(() -> message.abandon("again", T0)).isInstanceOf(IllegalStateException.class);
    }
}

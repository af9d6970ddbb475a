package org.linkage110.platform.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.standardwebhooks.Webhook;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WebhookSignatureTest {

    @Test
    void theSignatureIsTheOneTheStandardWebhooksReferenceLibraryComputes() throws Exception {
        String secret = WebhookSignature.newSecret();
        String body = "{\"type\":\"instruction.dispatched\",\"data\":{\"unit\":\"SD_LINGXI\",\"text\":\"井盖缺失\"}}";
        String expected = new Webhook(secret).sign("msg_1", 1_796_000_000L, body);
        assertThat(WebhookSignature.header(List.of(secret), "msg_1", 1_796_000_000L, body)).isEqualTo(expected);
    }

    @Test
    void secretsAreRandomAndSeveralSecretsGiveSeveralSignatures() {
        String one = WebhookSignature.newSecret();
        String two = WebhookSignature.newSecret();
        assertThat(one).startsWith("whsec_").isNotEqualTo(two);
        String header = WebhookSignature.header(List.of(one, two), "msg_1", 1L, "{}");
        assertThat(header.split(" ")).hasSize(2).allMatch(s -> s.startsWith("v1,"));
        assertThat(header.split(" ")[0]).isEqualTo(WebhookSignature.header(List.of(one), "msg_1", 1L, "{}"));
    }

    @Test
    void aRotatedSecretSignsNextToTheNewOneUntilTheOverlapEnds() {
        Instant now = Instant.parse("2026-12-01T00:00:00Z");
        WebhookSubscription subscription = new WebhookSubscription("SD_LINGXI", "https://unit.example/hooks",
                Set.of("instruction.dispatched"), "whsec_old", "admin", now);
        assertThat(subscription.signingSecrets(now)).containsExactly("whsec_old");
        subscription.rotate("whsec_new", now, Duration.ofHours(1));
        assertThat(subscription.signingSecrets(now.plusSeconds(3599))).containsExactly("whsec_new", "whsec_old");
        assertThat(subscription.signingSecrets(now.plusSeconds(3600))).containsExactly("whsec_new");
        assertThat(subscription.wants("instruction.dispatched")).isTrue();
        assertThat(subscription.wants("deadline.warning")).isFalse();
        subscription.disable();
        assertThat(subscription.wants("instruction.dispatched")).isFalse();
    }

    @Test
    void notificationKindsMapToEventTypesAndADeadMessageIsNeverSent() {
        assertThat(WebhookEventTypes.ofNotificationKind("DEADLINE_WARNING")).hasValue("deadline.warning");
        assertThat(WebhookEventTypes.ofNotificationKind("SUPERVISION_ORDER")).hasValue("instrument.issued");
        assertThat(WebhookEventTypes.ofNotificationKind("OUTBOX_DEAD")).isEmpty();
        assertThat(WebhookEventTypes.ALL).contains("instruction.dispatched", "instruction.reopened", "deadline.overdue");
    }
}

package org.linkage110.platform.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.linkage110.platform.Jsons;
import org.linkage110.platform.WebhookSubscriptionView;

/**
 * A department's or agency's system that wants events pushed to it (Standard Webhooks). The secret
 * signs every delivery; after a rotation the previous secret signs next to the new one for a
 * while, so the receiver can switch without losing a delivery.
 */
@Entity
@Table(name = "platform_webhook_subscription")
@NamedQuery(name = WebhookSubscription.FOR_AUDIENCE,
        query = "select s from WebhookSubscription s where s.audience = :audience and s.enabled = true order by s.id")
@NamedQuery(name = WebhookSubscription.ALL, query = "select s from WebhookSubscription s order by s.id")
public class WebhookSubscription {

    public static final String FOR_AUDIENCE = "WebhookSubscription.forAudience";
    public static final String ALL = "WebhookSubscription.all";
    /** The outbox destination of a subscription's deliveries: this prefix and its id. */
    public static final String DESTINATION_PREFIX = "webhook:";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(nullable = false, length = 40)
    private String audience;

    @Column(nullable = false, length = 500)
    private String url;

    @Column(nullable = false, length = 500)
    private String events;

    @Column(nullable = false, length = 100)
    private String secret;

    @Column(name = "previous_secret", length = 100)
    private String previousSecret;

    @Column(name = "previous_secret_until")
    private Instant previousSecretUntil;

    @Column(nullable = false)
    private boolean enabled;

    @Column(name = "created_by", nullable = false, length = 60)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected WebhookSubscription() {
    }

    public WebhookSubscription(String audience, String url, Set<String> events, String secret, String createdBy,
                               Instant now) {
        this.audience = audience;
        this.url = url;
        this.events = String.join(",", events.stream().sorted().toList());
        this.secret = secret;
        this.enabled = true;
        this.createdBy = createdBy;
        this.createdAt = now;
    }

    public boolean wants(String eventType) {
        return enabled && Arrays.asList(events.split(",")).contains(eventType);
    }

    /** A new secret; the old one keeps signing alongside until {@code overlap} has passed. */
    public void rotate(String newSecret, Instant now, Duration overlap) {
        previousSecret = secret;
        previousSecretUntil = now.plus(overlap);
        secret = newSecret;
    }

    public void disable() {
        enabled = false;
    }

    /** The secrets that sign a delivery made now: the current one, and the previous while it overlaps. */
    public List<String> signingSecrets(Instant now) {
        List<String> secrets = new ArrayList<>(List.of(secret));
        if (previousSecret != null && previousSecretUntil != null && now.isBefore(previousSecretUntil)) {
            secrets.add(previousSecret);
        }
        return secrets;
    }

    public long id() {
        return id;
    }

    public boolean enabled() {
        return enabled;
    }

    public String url() {
        return url;
    }

    public String audience() {
        return audience;
    }

    public String destination() {
        return DESTINATION_PREFIX + id;
    }

    public WebhookSubscriptionView toView() {
        return new WebhookSubscriptionView(id, audience, url, List.of(events.split(",")), enabled,
                previousSecretUntil, createdBy, createdAt);
    }

    /** For the audit trail: never a secret. */
    public String toJson() {
        return org.linkage110.platform.Jsons.createObjectBuilder()
                .add("audience", audience).add("url", url).add("events", events).add("enabled", enabled)
                .add("previousSecretUntil", previousSecretUntil == null ? "" : previousSecretUntil.toString())
                .build().toString();
    }
}

package org.linkage110.platform;

import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.linkage110.domain.Role;
import org.linkage110.platform.internal.WebhookEventTypes;
import org.linkage110.platform.internal.WebhookSignature;
import org.linkage110.platform.internal.WebhookSubscription;

/**
 * Webhook subscriptions of departments' and agencies' systems: an administrator registers one for
 * an audience (a unit code, {@code HOTLINE_12345} or {@code OFFICE}) with its URL and events, and
 * rotates or disables it. The secret is shown once, when it is made.
 */
@Stateless
@DeclareRoles(Role.Names.ADMIN)
@RolesAllowed(Role.Names.ADMIN)
public class Webhooks {

    /** The events a subscription may ask for. */
    public static final Set<String> EVENT_TYPES = WebhookEventTypes.ALL;

    @PersistenceContext(unitName = "platform")
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Resource
    SessionContext session;

    @Inject
    @ConfigProperty(name = "app.webhooks.rotation-overlap")
    Duration rotationOverlap;

    /** A subscription with its secret, which is never shown again. */
    public record Created(WebhookSubscriptionView subscription, String secret) implements java.io.Serializable {
    }

    public Created register(String audience, String url, List<String> events) {
        String who = audience == null ? "" : audience.strip();
        if (!who.matches("[A-Z0-9_]{2,40}")) {
            throw PlatformRefusedException.invalid("audience must be a unit code, HOTLINE_12345 or OFFICE");
        }
        String target = checkedUrl(url);
        Set<String> wanted = new LinkedHashSet<>(events == null ? List.of() : events);
        if (wanted.isEmpty() || !EVENT_TYPES.containsAll(wanted)) {
            throw PlatformRefusedException.invalid("events must be some of " + String.join(", ", EVENT_TYPES));
        }
        String secret = WebhookSignature.newSecret();
        WebhookSubscription subscription = new WebhookSubscription(who, target, wanted, secret,
                session.getCallerPrincipal().getName(), clock.instant());
        em.persist(subscription);
        em.flush();
        audit.record(AuditedChange.created("platform.webhook.registered", "webhook", subscription.id(),
                subscription.toJson()));
        return new Created(subscription.toView(), secret);
    }

    public List<WebhookSubscriptionView> subscriptions() {
        return em.createNamedQuery(WebhookSubscription.ALL, WebhookSubscription.class).getResultStream()
                .map(WebhookSubscription::toView).toList();
    }

    public Optional<WebhookSubscriptionView> find(long id) {
        return Optional.ofNullable(em.find(WebhookSubscription.class, id)).map(WebhookSubscription::toView);
    }

    /** A new secret; deliveries carry signatures under both until the configured overlap has passed. */
    public Created rotateSecret(long id) {
        WebhookSubscription subscription = existing(id);
        String before = subscription.toJson();
        String secret = WebhookSignature.newSecret();
        subscription.rotate(secret, clock.instant(), rotationOverlap);
        em.flush();
        audit.record(new AuditedChange("platform.webhook.secret-rotated", "webhook", String.valueOf(id), before,
                subscription.toJson()));
        return new Created(subscription.toView(), secret);
    }

    public WebhookSubscriptionView disable(long id) {
        WebhookSubscription subscription = existing(id);
        String before = subscription.toJson();
        subscription.disable();
        em.flush();
        audit.record(new AuditedChange("platform.webhook.disabled", "webhook", String.valueOf(id), before,
                subscription.toJson()));
        return subscription.toView();
    }

    private WebhookSubscription existing(long id) {
        return Optional.ofNullable(em.find(WebhookSubscription.class, id))
                .orElseThrow(() -> PlatformRefusedException.notFound("webhook subscription " + id));
    }

    private static String checkedUrl(String url) {
        try {
            URI uri = URI.create(url == null ? "" : url.strip());
            if (("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null
                    && uri.toString().length() <= 500) {
                return uri.toString();
            }
        } catch (IllegalArgumentException e) {
            // answered below
        }
        throw PlatformRefusedException.invalid("url must be an http or https address of at most 500 characters");
    }
}

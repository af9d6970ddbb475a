package org.linkage110.platform;

import java.time.Instant;
import java.util.List;

/** A webhook subscription as the console shows it: never its secret. */
public record WebhookSubscriptionView(long id, String audience, String url, List<String> events, boolean enabled,
                                      Instant previousSecretUntil, String createdBy, Instant createdAt) implements java.io.Serializable {
}

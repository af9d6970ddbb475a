package org.linkage110.platform.internal;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The webhook event types and which notification kinds of supervision become which. Kinds that
 * are the office's own bookkeeping are not sent; a dead outbox message never is (a dead webhook
 * would warn the office, whose webhook could die in turn).
 */
public final class WebhookEventTypes {

    public static final String INSTRUCTION_DISPATCHED = "instruction.dispatched";
    public static final String INSTRUCTION_REOPENED = "instruction.reopened";

    private static final Map<String, String> OF_KIND = Map.of(
            "DEADLINE_WARNING", "deadline.warning",
            "DEADLINE_OVERDUE", "deadline.overdue",
            "WARNING_NOTICE", "instrument.issued",
            "SUPERVISION_ORDER", "instrument.issued",
            "BULLETIN", "instrument.issued",
            "ESCALATION", "escalation.raised",
            "RECTIFICATION", "rectification.requested",
            "REPORT_ISSUED", "report.issued");

    public static final Set<String> ALL;

    static {
        Set<String> all = new LinkedHashSet<>(List.of(INSTRUCTION_DISPATCHED, INSTRUCTION_REOPENED));
        OF_KIND.values().stream().sorted().forEach(all::add);
        ALL = java.util.Collections.unmodifiableSet(all);
    }

    private WebhookEventTypes() {
    }

    /** The event a notification of this kind is sent as, if any. */
    public static Optional<String> ofNotificationKind(String kind) {
        return Optional.ofNullable(OF_KIND.get(kind));
    }
}

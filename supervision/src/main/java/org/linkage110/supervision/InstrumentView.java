package org.linkage110.supervision;

import java.time.Instant;
import java.util.List;

/**
 * A warning notice, supervision order or bulletin with its number (e.g. 督办〔2026〕12号), its
 * deadlines (answer; closing, 限时销号) and its addressees; {@code closed} once every one is closed.
 */
public record InstrumentView(long id, InstrumentKind kind, String label, String title, String body, Long incidentId,
                             String issuedBy, Instant issuedAt, Instant answerDue, Instant closeDue, boolean closed,
                             List<RecipientView> recipients) implements java.io.Serializable {
}

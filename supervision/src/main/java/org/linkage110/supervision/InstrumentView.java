package org.linkage110.supervision;

import java.time.Instant;
import java.util.List;

/** A warning notice, supervision order or bulletin with its number (e.g. 督办〔2026〕12号) and its addressees. */
public record InstrumentView(long id, InstrumentKind kind, String label, String title, String body, Long incidentId,
                             String issuedBy, Instant issuedAt, Instant answerDue, List<RecipientView> recipients) {
}

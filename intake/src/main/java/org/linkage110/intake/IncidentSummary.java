package org.linkage110.intake;

import java.time.Instant;
import org.linkage110.domain.IncidentSource;

/** An incident as lists and agencies see it. */
public record IncidentSummary(long id, IncidentSource source, String externalNumber, Instant receivedAt,
                              String callerName, String callerPhone, String address, String description,
                              String categoryCode, Instant recordedAt) {
}

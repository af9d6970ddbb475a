package org.linkage110.intake;

import java.time.Instant;
import java.util.Map;
import org.linkage110.domain.IncidentSource;

/**
 * An incident as lists, pages and agencies see it. It never says whether the incident is a drill.
 * {@code orderId} is the incident itself for an order, the order it was linked to for a repeat call.
 */
public record IncidentSummary(long id, long orderId, IncidentSource source, String externalNumber, Instant receivedAt,
                              String callerName, String callerPhone, String address, String gridCode,
                              String subDistrict, String description, String categoryCode, boolean categorySuggested,
                              IncidentFlags flags, Map<String, String> inquiryAnswers, IncidentStatus status,
                              int repeatCount, Instant recordedAt) implements java.io.Serializable {
}

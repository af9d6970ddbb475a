package org.linkage110.web.api;

import java.time.OffsetDateTime;

/** Body of {@code POST /api/v1/incidents}. The source is the calling agency, never a field. */
public record IncidentRequest(String externalNumber, OffsetDateTime receivedAt, String callerName,
                              String callerPhone, String address, String description, String categoryCode) {
}

package org.linkage110.routing;

import java.time.Instant;

/** An order still open (in handling or waiting for reassessment), as the escalation ladder sees it. */
public record OpenOrder(long incidentId, Instant receivedAt, String leadUnit, String subDistrict, String itemCode) implements java.io.Serializable {
}

package org.linkage110.routing;

import java.time.Instant;

/** An order closed (result confirmed and reported back), as daily sampling draws from them. */
public record ClosedOrder(long incidentId, String leadUnit, String itemCode, Instant closedAt) implements java.io.Serializable {
}

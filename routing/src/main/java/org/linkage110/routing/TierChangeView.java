package org.linkage110.routing;

import java.time.Instant;
import org.linkage110.domain.Tier;

/** A unit's tier from a moment on; instructions dispatched before it keep the tier they were sent with. */
public record TierChangeView(String unitCode, Tier tier, Instant effectiveFrom, String changedBy, String reason) implements java.io.Serializable {
}

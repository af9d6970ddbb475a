package org.linkage110.supervision;

import java.time.Instant;
import java.util.List;

/** A class warning (一类事预警): the item, the place or grid, the orders behind it, and its fate. */
public record ClassWarningView(long id, long version, String itemCode, String placeKind, String place,
                               List<Long> orderIds, Instant raisedAt, Instant updatedAt, String status,
                               Long instrumentId, String decidedBy, Instant decidedAt, String note) implements java.io.Serializable {
}

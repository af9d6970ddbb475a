package org.linkage110.intake;

import java.time.Instant;
import org.linkage110.domain.IncidentSource;

/**
 * What the office's queue is narrowed to; null fields do not filter. {@code category} is a
 * category (C01) or an item (C01-03); {@code text} is searched in description, address, caller
 * and external number.
 */
public record QueueFilter(IncidentSource source, String category, String subDistrict, Instant receivedFrom,
                          Instant receivedBefore, IncidentStatus status, String text) implements java.io.Serializable {

    public static final QueueFilter ALL = new QueueFilter(null, null, null, null, null, null, null);
}

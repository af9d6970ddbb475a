package org.linkage110.supervision;

import java.time.Instant;

/** An order drawn for review; {@code findings} is the checklist as JSON (code: true when met). */
public record SampleItemView(long id, long version, long sampleId, long incidentId, String unitCode, String itemCode,
                             boolean flagged, boolean reviewed, String findings, Boolean defect, String note,
                             String reviewedBy, Instant reviewedAt) implements java.io.Serializable {
}

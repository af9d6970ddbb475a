package org.linkage110.supervision;

import java.time.Instant;

/** A simulated-alert spot check: the drill order, its target unit and, once closed, score and report. */
public record SpotCheckView(long id, long version, long incidentId, String targetUnit, String scenario,
                            String plannedBy, Instant plannedAt, boolean closed, Integer score, String report,
                            String closedBy, Instant closedAt) implements java.io.Serializable {
}

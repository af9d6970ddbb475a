package org.linkage110.supervision;

import java.time.Instant;

/** A step of the escalation ladder an order reached: when, and who was told. */
public record EscalationView(long incidentId, int step, String levelCode, String levelName, String recipient,
                             Instant reachedAt) implements java.io.Serializable {
}

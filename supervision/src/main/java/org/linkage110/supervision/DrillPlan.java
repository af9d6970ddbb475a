package org.linkage110.supervision;

import org.linkage110.intake.IncidentFlags;

/**
 * A simulated alert as the supervisor writes it: the unit it aims at (null: a random tier-1 unit
 * that can lead field work), what is being checked (the scenario, never shown to the unit), and
 * the call exactly as a citizen would make it, with the answers a call-taker would have asked for.
 */
public record DrillPlan(String targetUnit, String scenario, String callerName, String callerPhone, String address,
                        String description, String categoryCode, IncidentFlags flags,
                        java.util.Map<String, String> inquiryAnswers) implements java.io.Serializable {
}

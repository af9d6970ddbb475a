package org.linkage110.routing;

import java.time.Instant;
import org.linkage110.domain.DispatchMode;
import org.linkage110.domain.HandlingClass;
import org.linkage110.domain.InstructionLevel;

/**
 * A row of the assessment decision table as the office reads and edits it. Flag conditions are
 * {@code Y}, {@code N} or {@code *}; {@code appliesTo} is {@code *}, a category ({@code C08}) or an
 * item ({@code C08-03}). {@code reason} is in Chinese; {@code reasonEn}, its English, may be null (the
 * Chinese one is shown then). {@code version} guards an edit against a concurrent one.
 */
public record DecisionRuleView(String id, int priority, String appliesTo, String onSceneDispute,
                               String threatToSafety, String utilitiesHazard, String needsPoliceFirst,
                               HandlingClass handlingClass, InstructionLevel level, DispatchMode dispatchMode,
                               String reason, String reasonEn, long version, String updatedBy, Instant updatedAt) implements java.io.Serializable {
}

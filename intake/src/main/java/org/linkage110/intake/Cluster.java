package org.linkage110.intake;

import java.util.List;

/**
 * Orders about the same taxonomy item at one place (the same normalised address) or in one grid:
 * "from one case to one class" (002). {@code placeKind} is {@code PLACE} or {@code GRID}.
 */
public record Cluster(String itemCode, String placeKind, String place, List<Long> orderIds) implements java.io.Serializable {
}

package org.linkage110.supervision;

/**
 * One entry of a drill-down behind a count: the order, and the instruction (for counts of
 * instructions) or the callback (for counts of callbacks) it stands for, 0 when none; and how much
 * it adds to the count: 1, or for repeat calls the order's number of repeat calls.
 */
public record FigureEntry(long orderId, long instructionId, long callbackId, long adds) implements java.io.Serializable {
}

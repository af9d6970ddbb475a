package org.linkage110.supervision;

/** What one sweep did: how many items it acted on, in how many milliseconds. */
public record SweepResult(int warned, int overdue, long millis) implements java.io.Serializable {
}

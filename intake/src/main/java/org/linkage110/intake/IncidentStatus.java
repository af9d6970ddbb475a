package org.linkage110.intake;

/** Where an incident stands as intake sees it. */
public enum IncidentStatus {
    /** An open order: repeat calls about the same problem are linked to it. */
    OPEN,
    /** A call about a problem that already has an open order; counted there, not handled twice. */
    REPEAT,
    /** Handling finished; a new call about the same problem opens a new order. */
    CLOSED
}

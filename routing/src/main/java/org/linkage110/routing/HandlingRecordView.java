package org.linkage110.routing;

import java.time.Instant;
import java.util.List;

/**
 * What a unit put on record while handling: an extension request (signed off by the unit's head,
 * then decided by the office), a request for more units, a police handover, a note. Requests carry
 * the office's decision once taken.
 */
public record HandlingRecordView(long id, long instructionId, Kind kind, Instant recordedAt, String recordedBy,
                                 String text, String headName, String signedOffBy, Instant signedOffAt,
                                 Instant requestedDue, List<String> units,
                                 Decision decision, String decidedBy, Instant decidedAt, String decisionNote) implements java.io.Serializable {

    public enum Kind {
        EXTENSION, MORE_UNITS, POLICE_HANDOVER, NOTE
    }

    public enum Decision {
        ACCEPTED, REFUSED
    }

    /** Waiting for the office's decision (an extension only once its unit's head signed it off). */
    public boolean pending() {
        return (kind == Kind.MORE_UNITS || (kind == Kind.EXTENSION && signedOffAt != null)) && decision == null;
    }

    /** An extension request waiting for the unit head's sign-off. */
    public boolean awaitingSignOff() {
        return kind == Kind.EXTENSION && signedOffAt == null && decision == null;
    }
}

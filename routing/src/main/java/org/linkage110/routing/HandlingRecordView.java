package org.linkage110.routing;

import java.time.Instant;
import java.util.List;

/**
 * What a unit put on record while handling: an extension request, a request for more units, a
 * police handover, a note. Requests carry the office's decision once taken.
 */
public record HandlingRecordView(long id, long instructionId, Kind kind, Instant recordedAt, String recordedBy,
                                 String text, String headName, Instant requestedDue, List<String> units,
                                 Decision decision, String decidedBy, Instant decidedAt, String decisionNote) {

    public enum Kind {
        EXTENSION, MORE_UNITS, POLICE_HANDOVER, NOTE
    }

    public enum Decision {
        ACCEPTED, REFUSED
    }

    public boolean pending() {
        return (kind == Kind.EXTENSION || kind == Kind.MORE_UNITS) && decision == null;
    }
}

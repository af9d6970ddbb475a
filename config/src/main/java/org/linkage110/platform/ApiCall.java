package org.linkage110.platform;

import java.util.EnumSet;
import java.util.Set;

/** The groups of agency API calls a client may be allowed to make. */
public enum ApiCall {
    /** Deliver incidents (110, 12345) and read back the ones delivered. */
    INCIDENTS,
    /** Police matters between 12345 and 110: 12345 forwards them, 110 answers them. */
    POLICE_MATTERS,
    /** Read and act on the client's own instructions (a unit's system, 12345 for diverted orders). */
    INSTRUCTIONS;

    /** What a client of this agency may do unless the administrator says otherwise. */
    public static Set<ApiCall> defaultsFor(String agency) {
        return switch (agency) {
            case Outbox.PLATFORM_110 -> EnumSet.of(INCIDENTS, POLICE_MATTERS);
            case Outbox.HOTLINE_12345 -> EnumSet.of(INCIDENTS, POLICE_MATTERS, INSTRUCTIONS);
            default -> EnumSet.of(INSTRUCTIONS);
        };
    }
}

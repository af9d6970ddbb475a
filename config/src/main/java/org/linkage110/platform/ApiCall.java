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

    /** The agency of a channel that speaks Open311 (a city app): it delivers service requests, nothing else. */
    public static final String OPEN311_CHANNEL = "OPEN311";

    /** What a client of this agency may do unless the administrator says otherwise. */
    public static Set<ApiCall> defaultsFor(String agency) {
        return switch (agency) {
            case Outbox.PLATFORM_110 -> EnumSet.of(INCIDENTS, POLICE_MATTERS);
            case Outbox.HOTLINE_12345 -> EnumSet.of(INCIDENTS, POLICE_MATTERS, INSTRUCTIONS);
            case OPEN311_CHANNEL -> EnumSet.of(INCIDENTS);
            default -> EnumSet.of(INSTRUCTIONS);
        };
    }
}

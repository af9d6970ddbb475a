package org.linkage110.domain;

/** Where an incident entered the platform. */
public enum IncidentSource {
    /** Pushed by the 110 platform after its call-taker judged it non-police. */
    PLATFORM_110,
    /** Pushed by the 12345 hotline platform. */
    HOTLINE_12345,
    /** Typed in by an office dispatcher in the portal. */
    PORTAL,
    /** Sent by a civic-request channel (a city app…) through the Open311 facade; the external number starts with the channel's client id. */
    OPEN311;

    /**
     * Whether a dispatcher can take a call of this source by hand in the portal: one typed in
     * directly, or a three-way call with 110 or 12345. An Open311 request only ever arrives through
     * its API, with the channel's own number.
     */
    public boolean takenByHand() {
        return this != OPEN311;
    }

    /** The sources a call taken by hand may name, in order. */
    public static java.util.List<IncidentSource> takenByHandSources() {
        return java.util.Arrays.stream(values()).filter(IncidentSource::takenByHand).toList();
    }
}

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
    OPEN311
}

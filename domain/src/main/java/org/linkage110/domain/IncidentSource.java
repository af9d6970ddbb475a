package org.linkage110.domain;

/** Where an incident entered the platform. */
public enum IncidentSource {
    /** Pushed by the 110 platform after its call-taker judged it non-police. */
    PLATFORM_110,
    /** Pushed by the 12345 hotline platform. */
    HOTLINE_12345,
    /** Typed in by an office dispatcher in the portal. */
    PORTAL
}

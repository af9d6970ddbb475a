package org.linkage110.routing;

/** How an instruction reaches its handling party. */
public enum Channel {
    /** To the linkage unit itself (portal inbox or the unit's own system over the API). */
    DIRECT,
    /** Source diversion to 12345 (000): 12345 handles it for the responsible unit and reports over the API. */
    HOTLINE_12345
}

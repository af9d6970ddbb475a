package org.linkage110.domain;

/** The three dispatch modes of 000. */
public enum DispatchMode {
    /** No immediate handling needed: the order goes to the 12345 hotline. */
    TO_HOTLINE_12345,
    /** Immediate handling: the governance centre orders the department and the town. */
    IMMEDIATE,
    /** Joint: police and units at once. */
    JOINT
}

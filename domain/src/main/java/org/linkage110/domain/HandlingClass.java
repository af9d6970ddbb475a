package org.linkage110.domain;

/** The two classes an assessment (研判) puts every non-police incident into (003 §4.1). */
public enum HandlingClass {
    /** 源头分流类: sent to the lead unit alone, handled in its own workflow. */
    SOURCE_DIVERSION,
    /** 联动处置类: police first, lead unit and co-units dispatched at the same time. */
    JOINT_HANDLING
}

package org.linkage110.supervision;

/** How the daily sample is spread: not at all, over units, or over categories. */
public enum Stratify {
    NONE, UNIT, CATEGORY
}

package org.linkage110.routing;

/** The part a unit plays in an order: the lead unit (主责单位) commands, co-units (协同单位) assist. */
public enum UnitRole {
    LEAD, CO
}

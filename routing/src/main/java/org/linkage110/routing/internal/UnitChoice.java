package org.linkage110.routing.internal;

import java.util.List;

/** The lead unit (may be null: nobody could tell) and the co-units proposed for an order. */
public record UnitChoice(String lead, List<String> coUnits) {

    public UnitChoice {
        coUnits = List.copyOf(coUnits);
    }
}

package org.linkage110.routing;

import java.time.Instant;
import java.util.List;

/**
 * What a unit gives with an action: {@code text} is the reason (return, extension, more units),
 * the situation (report, handover) or the result; an extension also names the head who signed it
 * off and the deadline asked for; a request for more units names the units.
 */
public record ActionInput(String text, String headName, Instant requestedDue, List<String> units) implements java.io.Serializable {

    public static final ActionInput NONE = new ActionInput(null, null, null, List.of());

    public ActionInput {
        units = units == null ? List.of() : List.copyOf(units);
    }

    public static ActionInput text(String text) {
        return new ActionInput(text, null, null, List.of());
    }
}

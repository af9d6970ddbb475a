package org.linkage110.routing;

import java.util.List;
import org.linkage110.intake.CallFlag;

/**
 * A flag the proposal rests on: given by the call-taker (authoritative, never removed by the
 * reading) or inferred from the description, with the words that triggered it.
 */
public record ProposedFlag(CallFlag flag, boolean given, boolean inferred, List<String> words) implements java.io.Serializable {

    public ProposedFlag {
        words = List.copyOf(words);
    }
}

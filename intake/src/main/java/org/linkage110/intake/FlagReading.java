package org.linkage110.intake;

import java.util.List;

/** A flag the description implies, with the words that triggered it (so the dispatcher sees why). */
public record FlagReading(CallFlag flag, List<String> words) implements java.io.Serializable {

    public FlagReading {
        words = List.copyOf(words);
    }
}

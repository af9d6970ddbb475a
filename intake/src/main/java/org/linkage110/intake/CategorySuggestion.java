package org.linkage110.intake;

import java.util.List;

/** A taxonomy item proposed for a description, with its score and the words that made it. */
public record CategorySuggestion(String itemCode, String itemNameZh, double score, List<String> matchedWords) implements java.io.Serializable {

    public CategorySuggestion {
        matchedWords = List.copyOf(matchedWords);
    }
}

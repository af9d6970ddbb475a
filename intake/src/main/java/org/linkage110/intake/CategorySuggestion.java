package org.linkage110.intake;

import java.util.List;

/** A taxonomy item proposed for a description, with the words that matched and their weight. */
public record CategorySuggestion(String itemCode, String itemNameZh, int score, List<String> matchedWords) {

    public CategorySuggestion {
        matchedWords = List.copyOf(matchedWords);
    }
}

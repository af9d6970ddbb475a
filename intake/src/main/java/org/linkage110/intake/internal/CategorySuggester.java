package org.linkage110.intake.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.linkage110.intake.CategorySuggestion;

/**
 * Ranks taxonomy items by the keywords of each that occur in a description. A longer keyword
 * says more than a short one (燃气泄漏 over 气), so each match weighs its length squared; a keyword
 * contained in a longer matched keyword of the same item is not counted twice.
 */
public final class CategorySuggester {

    /** Item code → its keywords. */
    private final Map<String, List<String>> keywords;
    private final Map<String, String> names;

    public CategorySuggester(Map<String, List<String>> keywords, Map<String, String> names) {
        this.keywords = Map.copyOf(keywords);
        this.names = Map.copyOf(names);
    }

    public List<CategorySuggestion> rank(String description, int limit) {
        if (description == null || description.isBlank()) {
            return List.of();
        }
        String text = description.toLowerCase();
        List<CategorySuggestion> ranked = new ArrayList<>();
        keywords.forEach((item, words) -> {
            List<String> matched = words.stream()
                    .filter(w -> !w.isBlank() && text.contains(w.toLowerCase()))
                    .sorted(Comparator.comparingInt(String::length).reversed())
                    .toList();
            List<String> counted = new ArrayList<>();
            for (String word : matched) {
                if (counted.stream().noneMatch(longer -> longer.contains(word))) {
                    counted.add(word);
                }
            }
            int score = counted.stream().mapToInt(w -> w.length() * w.length()).sum();
            if (score > 0) {
                ranked.add(new CategorySuggestion(item, names.getOrDefault(item, item), score, counted));
            }
        });
        ranked.sort(Comparator.comparingInt(CategorySuggestion::score).reversed()
                .thenComparing(CategorySuggestion::itemCode));
        return ranked.stream().limit(limit).toList();
    }
}

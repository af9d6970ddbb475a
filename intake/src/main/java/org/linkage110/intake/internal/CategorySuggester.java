package org.linkage110.intake.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.linkage110.intake.CategorySuggestion;

/**
 * Ranks taxonomy items for a Chinese description. Two kinds of evidence add up:
 * <ul>
 * <li>the item's keywords found verbatim in the text, each weighing twice its length squared,
 *     a keyword inside a longer matched one of the same item not counted again (燃气泄漏 over 燃气);</li>
 * <li>the characters and character pairs the text shares with the item's name and keywords,
 *     each weighing its rarity across items (inverse document frequency), single characters at
 *     half weight. Callers rarely use the office's words, and this catches 法国梧桐连根拔起 for
 *     a fallen tree although no keyword is in it.</li>
 * </ul>
 * The words shown to the dispatcher are the matched keywords, or else the rarest shared pairs.
 */
public final class CategorySuggester {

    private static final double KEYWORD_WEIGHT = 2.0;
    private static final double CHARACTER_WEIGHT = 0.5;
    private static final int SHOWN_PAIRS = 4;

    private final Map<String, List<String>> keywords;
    private final Map<String, String> names;
    private final Map<String, List<String>> lowerCase = new HashMap<>();
    private final Map<String, Set<String>> pairsOf = new HashMap<>();
    private final Map<String, Double> pairRarity;
    private final Map<String, Double> characterRarity;
    /** Gram → the items whose profile has it: a description's grams are looked up once, not once per item. */
    private final Map<String, List<String>> itemsWithPair;
    private final Map<String, List<String>> itemsWithCharacter;

    public CategorySuggester(Map<String, List<String>> keywords, Map<String, String> names) {
        this.keywords = Map.copyOf(keywords);
        this.names = Map.copyOf(names);
        Map<String, Set<String>> charactersOf = new HashMap<>();
        keywords.forEach((item, words) -> {
            lowerCase.put(item, words.stream().map(String::toLowerCase).toList());
            List<String> profile = new ArrayList<>(words);
            profile.add(names.getOrDefault(item, ""));
            pairsOf.put(item, grams(profile, 2));
            charactersOf.put(item, grams(profile, 1));
        });
        pairRarity = rarity(pairsOf);
        characterRarity = rarity(charactersOf);
        itemsWithPair = itemsWith(pairsOf);
        itemsWithCharacter = itemsWith(charactersOf);
    }

    public List<CategorySuggestion> rank(String description, int limit) {
        Map<String, Double> scores = scores(description);
        return scores.entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(limit)
                .map(e -> new CategorySuggestion(e.getKey(), names.getOrDefault(e.getKey(), e.getKey()),
                        Math.round(e.getValue() * 100) / 100.0, evidence(description, e.getKey())))
                .toList();
    }

    /** The score of every item that shares anything with the description (none for a blank one). */
    public Map<String, Double> scores(String description) {
        Map<String, Double> scores = new HashMap<>();
        if (description == null || description.isBlank()) {
            return scores;
        }
        String text = description.toLowerCase();
        for (String item : keywords.keySet()) {
            int matched = matchedKeywords(text, item).stream().mapToInt(w -> w.length() * w.length()).sum();
            if (matched > 0) {
                scores.put(item, KEYWORD_WEIGHT * matched);
            }
        }
        // each item's score adds its shared pairs, then its shared characters, in the description's order
        for (String pair : grams(List.of(description), 2)) {
            double rarity = pairRarity.getOrDefault(pair, 0.0);
            itemsWithPair.getOrDefault(pair, List.of()).forEach(item -> scores.merge(item, rarity, Double::sum));
        }
        for (String character : grams(List.of(description), 1)) {
            double weight = CHARACTER_WEIGHT * characterRarity.getOrDefault(character, 0.0);
            itemsWithCharacter.getOrDefault(character, List.of())
                    .forEach(item -> scores.merge(item, weight, Double::sum));
        }
        scores.values().removeIf(score -> score <= 0);
        return scores;
    }

    /** The words shown for an item: its keywords found in the description, or else the rarest shared pairs. */
    public List<String> evidence(String description, String item) {
        List<String> words = keywords.get(item);
        if (words == null || description == null) {
            return List.of();
        }
        List<String> matched = matchedKeywords(description.toLowerCase(), item);
        if (!matched.isEmpty()) {
            return matched;
        }
        Set<String> shared = grams(List.of(description), 2);
        shared.retainAll(pairsOf.get(item));
        return shared.stream().sorted(Comparator.<String>comparingDouble(pairRarity::get).reversed()
                .thenComparing(Comparator.<String>naturalOrder())).limit(SHOWN_PAIRS).toList();
    }

    /** The item's keywords found in the (lower-case) text, longest first, none inside a longer one found. */
    private List<String> matchedKeywords(String text, String item) {
        List<String> words = keywords.get(item);
        List<String> folded = lowerCase.get(item);
        List<String> matched = null;
        for (int i = 0; i < words.size(); i++) {
            String word = folded.get(i);
            if (!word.isBlank() && text.contains(word)) {
                if (matched == null) {
                    matched = new ArrayList<>(2);
                }
                matched.add(words.get(i));
            }
        }
        if (matched == null) {
            return List.of();
        }
        matched.sort(Comparator.comparingInt(String::length).reversed());
        List<String> counted = new ArrayList<>(matched.size());
        for (String word : matched) {
            if (counted.stream().noneMatch(longer -> longer.contains(word))) {
                counted.add(word);
            }
        }
        return counted;
    }

    /** The distinct runs of {@code n} letters or digits of the texts, each text folded on its own. */
    private static Set<String> grams(List<String> texts, int n) {
        Set<String> grams = new HashSet<>();
        for (String text : texts) {
            String folded = PlaceKey.fold(text);
            for (int i = 0; i + n <= folded.length(); i++) {
                grams.add(folded.substring(i, i + n));
            }
        }
        return grams;
    }

    private static Map<String, List<String>> itemsWith(Map<String, Set<String>> gramsOfItem) {
        Map<String, List<String>> items = new HashMap<>();
        gramsOfItem.forEach((item, grams) -> grams.forEach(g -> items.computeIfAbsent(g, k -> new ArrayList<>()).add(item)));
        return items;
    }

    /** ln(items / items having the gram): shared by every item, a gram says nothing. */
    private static Map<String, Double> rarity(Map<String, Set<String>> gramsOfItem) {
        Map<String, Integer> itemsWith = new HashMap<>();
        gramsOfItem.values().forEach(grams -> grams.forEach(g -> itemsWith.merge(g, 1, Integer::sum)));
        Map<String, Double> rarity = new HashMap<>();
        int items = gramsOfItem.size();
        itemsWith.forEach((gram, count) -> rarity.put(gram, Math.log((double) items / count)));
        return rarity;
    }
}

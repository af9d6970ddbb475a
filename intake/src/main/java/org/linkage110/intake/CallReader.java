package org.linkage110.intake;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.linkage110.intake.internal.CategorySuggester;
import org.linkage110.intake.internal.reading.CallFeatures;
import org.linkage110.intake.internal.reading.CueReader;
import org.linkage110.intake.internal.reading.ItemModel;

/**
 * Reads a call's description (研判's raw material): which items it is about, which flags it
 * implies and whether it looks like police business. Items are ranked by the item model shipped
 * in the jar (trained on the corpus at build time) together with the office's keywords, which
 * stay the evidence shown to the dispatcher when they match: a blend of the model's probability
 * of the item (among the items) and the item's share of the keyword score. Immutable and
 * thread-safe; the model is loaded once per class loader, the keywords are the taxonomy's as
 * given to the constructor.
 */
public final class CallReader {

    /** Weight of the keywords' share against the model's probability; chosen by cross-validation on the training part. */
    static final double KEYWORD_WEIGHT = 1.0;

    /** Below this police likelihood the model's police words are not worth showing. */
    private static final double POLICE_WORDS_FROM = 0.2;

    private final CategorySuggester keywords;
    private final Map<String, String> names;
    private final ItemModel model;
    private final CueReader cues = new CueReader();

    /** A reader for the active items' keywords and names (item code → keywords, item code → Chinese name). */
    public CallReader(Map<String, List<String>> keywords, Map<String, String> names) {
        this.keywords = new CategorySuggester(keywords, names);
        this.names = Map.copyOf(names);
        this.model = ItemModel.shipped();
    }

    /** The whole reading, with the best {@code limit} items. */
    public CallReading read(String description, int limit) {
        if (description == null || description.isBlank()) {
            return CallReading.NOTHING;
        }
        String[] features = CallFeatures.of(description);
        List<ItemModel.Outcome> outcomes = model.rank(features);
        double police = outcomes.stream().filter(o -> o.label().equals(ItemModel.POLICE)).findFirst()
                .map(ItemModel.Outcome::probability).orElse(0.0);
        CueReader.Cues read = cues.read(description);
        return new CallReading(rank(description, features, outcomes, police, limit), read.flags(),
                read.escalationWords(), read.policeCues(), Math.round(police * 1000) / 1000.0,
                police >= POLICE_WORDS_FROM ? model.evidence(features, ItemModel.POLICE) : List.of());
    }

    /** The best {@code limit} items for the description, best first. */
    public List<CategorySuggestion> suggest(String description, int limit) {
        return read(description, limit).suggestions();
    }

    private List<CategorySuggestion> rank(String description, String[] features, List<ItemModel.Outcome> outcomes,
                                          double police, int limit) {
        Map<String, Double> probability = new HashMap<>();
        double items = Math.max(1e-9, 1 - police);
        outcomes.stream().filter(o -> names.containsKey(o.label()))
                .forEach(o -> probability.put(o.label(), o.probability() / items));
        Map<String, Double> matched = keywords.scores(description);
        double total = matched.values().stream().mapToDouble(Double::doubleValue).sum();
        List<Map.Entry<String, Double>> ranked = new ArrayList<>();
        for (String item : names.keySet()) {
            double share = total == 0 ? 0 : matched.getOrDefault(item, 0.0) / total;
            double score = probability.getOrDefault(item, 0.0) + KEYWORD_WEIGHT * share;
            if (score > 0) {
                ranked.add(Map.entry(item, score));
            }
        }
        ranked.sort(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        return ranked.stream().limit(limit).map(e -> {
            List<String> words = keywords.evidence(description, e.getKey());
            if (words.isEmpty()) {
                words = model.evidence(features, e.getKey());
            }
            return new CategorySuggestion(e.getKey(), names.get(e.getKey()), Math.round(e.getValue() * 1000) / 1000.0,
                    words);
        }).toList();
    }
}

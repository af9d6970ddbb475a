package org.linkage110.intake.internal.reading;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.BinaryFileDataReader;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.GenericModelReader;

/**
 * The item model: a maximum entropy (multinomial logistic) model over a description's
 * {@link CallFeatures}, trained from the corpus at build time by {@link ModelTraining} and shipped
 * in this jar. Its outcomes are the taxonomy items and {@link #POLICE} for police business. Loaded
 * once per class loader; evaluating it only reads its weights, so one instance serves every thread.
 */
public final class ItemModel {

    /** The outcome of calls that are police business, not an item of the taxonomy. */
    public static final String POLICE = "POLICE";

    static final String RESOURCE = "item-model.bin";

    private static final int SHOWN_WORDS = 4;

    private final AbstractModel model;
    private final Map<String, Context> weights;

    ItemModel(AbstractModel model) {
        this.model = Objects.requireNonNull(model);
        Object[] structures = model.getDataStructures();
        @SuppressWarnings("unchecked")
        Map<String, Context> map = (Map<String, Context>) structures[1];
        this.weights = map;
    }

    private static final class Shipped {
        private static final ItemModel MODEL = load();
    }

    /** The model shipped in this jar, read on first use. */
    public static ItemModel shipped() {
        return Shipped.MODEL;
    }

    private static ItemModel load() {
        try (InputStream in = ItemModel.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the item model " + RESOURCE + " is not in the jar: the build trains it");
            }
            return new ItemModel(new GenericModelReader(new BinaryFileDataReader(new BufferedInputStream(in))).getModel());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the item model", e);
        }
    }

    /** An outcome with its probability and the features of the description that weighed most for it. */
    public record Outcome(String label, double probability, List<String> words) {
    }

    /** Every outcome, most probable first. */
    public List<Outcome> rank(String[] features) {
        double[] probabilities = model.eval(features);
        List<Outcome> ranked = new ArrayList<>(probabilities.length);
        for (int i = 0; i < probabilities.length; i++) {
            ranked.add(new Outcome(model.getOutcome(i), probabilities[i], List.of()));
        }
        ranked.sort(Comparator.comparingDouble(Outcome::probability).reversed().thenComparing(Outcome::label));
        return ranked;
    }

    /** The words and pairs of the description that speak most for this outcome, strongest first. */
    public List<String> evidence(String[] features, String label) {
        int outcome = model.getIndex(label);
        if (outcome < 0) {
            return List.of();
        }
        Map<String, Double> weightOf = new HashMap<>();
        for (String feature : features) {
            if (feature.startsWith(CallFeatures.CHARACTER) || feature.length() < 4) {
                continue; // single characters (了, 被) say little to a dispatcher
            }
            Context context = weights.get(feature);
            if (context == null) {
                continue;
            }
            int[] outcomes = context.getOutcomes();
            for (int k = 0; k < outcomes.length; k++) {
                if (outcomes[k] == outcome && context.getParameters()[k] > 0) {
                    weightOf.put(feature, context.getParameters()[k]);
                }
            }
        }
        List<String> words = new ArrayList<>();
        weightOf.entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .map(e -> e.getKey().substring(2))
                .filter(w -> words.stream().noneMatch(longer -> longer.contains(w)))
                .limit(SHOWN_WORDS)
                .forEach(words::add);
        return words;
    }

    /** The outcomes the model knows: the items it was trained on and {@link #POLICE}. */
    public List<String> labels() {
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < model.getNumOutcomes(); i++) {
            labels.add(model.getOutcome(i));
        }
        return labels;
    }
}

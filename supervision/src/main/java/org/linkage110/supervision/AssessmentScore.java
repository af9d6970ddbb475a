package org.linkage110.supervision;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The assessment score (考核, 000/002): each unit's rates, each weighed by the office's weights,
 * make a score out of 100. A rate counts by how far it reaches its target — in full at or beyond
 * it, in proportion below it (a rate that should stay low loses in proportion to how far it
 * passed its target) — or, without a target, by its value (its complement for a rate that should
 * stay low). A rate without data is left out and the others' weights count for the whole; a unit
 * with no weighed rate at all has no score and ranks last.
 */
public final class AssessmentScore {

    /** A unit's score (null without data) and its place among the units (1 the best; equal scores share it). */
    public record UnitScore(String unitCode, String nameZh, Double score, int rank) implements java.io.Serializable {
    }

    private AssessmentScore() {
    }

    /** The score of one set of figures under these weights (figure code → weight), or null without data. */
    public static Double of(FigureSet figures, Map<String, Integer> weights) {
        double weighed = 0;
        double total = 0;
        for (Indicator indicator : figures.indicators()) {
            Integer weight = weights.get(indicator.code());
            if (weight == null || weight == 0 || indicator.value() == null) {
                continue;
            }
            weighed += weight * reached(indicator);
            total += weight;
        }
        return total == 0 ? null : Math.round(1000 * weighed / total) / 10.0;
    }

    /** How far a rate reaches, from 0 to 1. */
    static double reached(Indicator rate) {
        double value = rate.value();
        Double target = rate.target();
        if (rate.higherIsBetter()) {
            return target == null || target == 0 ? value : Math.min(1, value / target);
        }
        if (target == null) {
            return 1 - value;
        }
        return value <= target ? 1 : Math.max(0, 1 - (value - target) / (1 - target));
    }

    /** Every unit's score, best first; names from {@code names}, the code where none. */
    public static List<UnitScore> rank(Map<String, FigureSet> byUnit, Map<String, Integer> weights,
                                       Map<String, String> names) {
        List<Map.Entry<String, Double>> scored = new ArrayList<>();
        byUnit.forEach((unit, figures) -> scored.add(new java.util.AbstractMap.SimpleEntry<>(unit, of(figures, weights))));
        scored.sort(Comparator.comparing((Map.Entry<String, Double> e) -> e.getValue(),
                Comparator.nullsLast(Comparator.reverseOrder())).thenComparing(Map.Entry::getKey));
        List<UnitScore> ranked = new ArrayList<>();
        for (int i = 0; i < scored.size(); i++) {
            Map.Entry<String, Double> e = scored.get(i);
            int rank = i > 0 && java.util.Objects.equals(e.getValue(), scored.get(i - 1).getValue())
                    ? ranked.get(i - 1).rank() : i + 1;
            ranked.add(new UnitScore(e.getKey(), names.getOrDefault(e.getKey(), e.getKey()), e.getValue(), rank));
        }
        return ranked;
    }
}

package org.linkage110.supervision.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.linkage110.supervision.Stratify;

/**
 * Draws the daily sample (每日警单抽检): orders flagged by a failed callback always, then a random
 * draw of the day's closed orders, stratified by unit or by category so that every stratum gets
 * its share (at least one each while the size allows, the rest in proportion, largest remainders
 * first). The same candidates and the same seed always draw the same sample.
 */
public final class Sampler {

    /** An order that may be drawn: its number, lead unit and taxonomy item. */
    public record Candidate(long incidentId, String unit, String itemCode) {

        String key(Stratify stratify) {
            return switch (stratify) {
                case NONE -> "";
                case UNIT -> unit == null ? "" : unit;
                case CATEGORY -> itemCode == null ? "" : itemCode.substring(0, Math.min(3, itemCode.length()));
            };
        }
    }

    private Sampler() {
    }

    /** The drawn order numbers: flagged first (all of them), then the draw, up to {@code size} in all drawn. */
    public static List<Long> draw(List<Candidate> candidates, Set<Long> flagged, int size, Stratify stratify, long seed) {
        Set<Long> drawn = new LinkedHashSet<>(new java.util.TreeSet<>(flagged));
        List<Candidate> pool = candidates.stream().filter(c -> !drawn.contains(c.incidentId()))
                .sorted(Comparator.comparingLong(Candidate::incidentId)).toList();
        int wanted = Math.min(size, pool.size());
        if (wanted <= 0) {
            return List.copyOf(drawn);
        }
        Map<String, List<Candidate>> strata = pool.stream().collect(Collectors.groupingBy(c -> c.key(stratify),
                TreeMap::new, Collectors.toList()));
        Map<String, Integer> quota = quotas(strata, wanted);
        Random random = new Random(seed);
        for (Map.Entry<String, List<Candidate>> stratum : strata.entrySet()) {
            List<Candidate> shuffled = new ArrayList<>(stratum.getValue());
            Collections.shuffle(shuffled, random);
            shuffled.stream().limit(quota.get(stratum.getKey())).map(Candidate::incidentId).forEach(drawn::add);
        }
        return List.copyOf(drawn);
    }

    static Map<String, Integer> quotas(Map<String, List<Candidate>> strata, int wanted) {
        int total = strata.values().stream().mapToInt(List::size).sum();
        Map<String, Integer> quota = new TreeMap<>();
        int given = 0;
        if (wanted >= strata.size()) {
            for (String key : strata.keySet()) {
                quota.put(key, 1);
            }
            given = strata.size();
        } else {
            strata.keySet().forEach(key -> quota.put(key, 0));
        }
        int rest = wanted - given;
        Map<String, Double> exact = new TreeMap<>();
        for (Map.Entry<String, List<Candidate>> stratum : strata.entrySet()) {
            int room = stratum.getValue().size() - quota.get(stratum.getKey());
            double share = (double) rest * stratum.getValue().size() / total;
            int whole = (int) Math.min(room, Math.floor(share));
            quota.merge(stratum.getKey(), whole, Integer::sum);
            given += whole;
            exact.put(stratum.getKey(), share - Math.floor(share));
        }
        Function<String, Integer> room = key -> strata.get(key).size() - quota.get(key);
        List<String> byRemainder = exact.entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey).toList();
        while (given < wanted) {
            boolean placed = false;
            for (String key : byRemainder) {
                if (given < wanted && room.apply(key) > 0) {
                    quota.merge(key, 1, Integer::sum);
                    given++;
                    placed = true;
                }
            }
            if (!placed) {
                break;
            }
        }
        return quota;
    }
}

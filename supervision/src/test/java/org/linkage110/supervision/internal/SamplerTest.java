package org.linkage110.supervision.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.linkage110.supervision.internal.Sampler.Candidate;
import org.linkage110.supervision.Stratify;

class SamplerTest {

    /** 100 orders of unit A, 30 of B, 10 of C, items spread over three categories. */
    private static List<Candidate> day() {
        List<Candidate> day = new ArrayList<>();
        long id = 1000;
        for (String[] unit : new String[][] {{"A", "100"}, {"B", "30"}, {"C", "10"}}) {
            for (int i = 0; i < Integer.parseInt(unit[1]); i++) {
                day.add(new Candidate(id++, unit[0], "C0" + (1 + i % 3) + "-01"));
            }
        }
        return day;
    }

    @Test
    void theSameSeedDrawsTheSameSampleWhateverTheOrderOfTheCandidates() {
        List<Candidate> shuffled = new ArrayList<>(day());
        Collections.shuffle(shuffled);
        List<Long> first = Sampler.draw(day(), Set.of(), 14, Stratify.UNIT, 20261123L);
        assertThat(Sampler.draw(shuffled, Set.of(), 14, Stratify.UNIT, 20261123L)).isEqualTo(first);
        assertThat(Sampler.draw(day(), Set.of(), 14, Stratify.UNIT, 20261124L)).isNotEqualTo(first);
    }

    @Test
    void aDrawByUnitGivesEveryUnitItsShare() {
        List<Long> drawn = Sampler.draw(day(), Set.of(), 14, Stratify.UNIT, 7L);
        Map<String, Long> units = count(drawn, Candidate::unit);
        assertThat(drawn).hasSize(14).doesNotHaveDuplicates();
        assertThat(units).containsEntry("A", 9L).containsEntry("B", 3L).containsEntry("C", 2L);
    }

    @Test
    void aSmallDrawStillReachesEveryUnitWhileItCan() {
        assertThat(count(Sampler.draw(day(), Set.of(), 3, Stratify.UNIT, 7L), Candidate::unit))
                .containsOnlyKeys("A", "B", "C");
    }

    @Test
    void aDrawByCategorySpreadsOverCategories() {
        assertThat(count(Sampler.draw(day(), Set.of(), 9, Stratify.CATEGORY, 3L), c -> c.itemCode().substring(0, 3)))
                .containsEntry("C01", 3L).containsEntry("C02", 3L).containsEntry("C03", 3L);
    }

    @Test
    void flaggedOrdersAreAlwaysTakenAndNotDrawnTwice() {
        List<Long> drawn = Sampler.draw(day(), Set.of(1005L, 1105L), 5, Stratify.NONE, 1L);
        assertThat(drawn).startsWith(1005L, 1105L).hasSize(7).doesNotHaveDuplicates();
    }

    @Test
    void aDayWithFewerOrdersThanTheSizeTakesThemAll() {
        assertThat(Sampler.draw(day().subList(0, 4), Set.of(), 10, Stratify.UNIT, 1L)).hasSize(4);
    }

    private static Map<String, Long> count(List<Long> drawn, Function<Candidate, String> key) {
        Map<Long, Candidate> byId = day().stream().collect(Collectors.toMap(Candidate::incidentId, c -> c));
        return drawn.stream().map(byId::get).collect(Collectors.groupingBy(key, Collectors.counting()));
    }
}

package org.linkage110.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The assessment score: weighed rates against their targets, out of 100, ranked. */
class AssessmentScoreTest {

    private static final Map<String, Integer> WEIGHTS = Map.of("RESPONSE", 15, "COMPLETION", 20, "REPEAT", 10,
            "BOUNCE_BACK", 10, "SIGN_FOR", 10);

    @Test
    void ratesCountByHowFarTheyReachTheirTargetsAndRatesWithoutDataAreLeftOut() {
        // response 90% of a 100% target: 0.9; completion 95% beyond its 90% target: 1; repeat 20% against
        // at most 10%: 1 - 0.1/0.9; bounce-back 10% without target: 0.9; sign-for without data: left out
        FigureSet unit = figures(rate("RESPONSE", 0.90, 1.00, true), rate("COMPLETION", 0.95, 0.90, true),
                rate("REPEAT", 0.20, 0.10, false), rate("BOUNCE_BACK", 0.10, null, false),
                rate("SIGN_FOR", null, null, true), rate("DIVERSION", 0.5, null, true));
        double expected = (15 * 0.9 + 20 * 1 + 10 * (1 - 0.1 / 0.9) + 10 * 0.9) / 55 * 100;
        assertThat(AssessmentScore.of(unit, WEIGHTS)).isEqualTo(Math.round(expected * 10) / 10.0);
    }

    @Test
    void aUnitWithoutAnyWeighedRateHasNoScore() {
        assertThat(AssessmentScore.of(figures(rate("DIVERSION", 0.5, null, true), rate("RESPONSE", null, 1.0, true)),
                WEIGHTS)).isNull();
    }

    @Test
    void unitsAreRankedBestFirstEqualScoresShareTheirPlaceAndUnitsWithoutAScoreComeLast() {
        Map<String, FigureSet> byUnit = new LinkedHashMap<>();
        byUnit.put("SD_BEILING", figures(rate("RESPONSE", 0.5, 1.0, true)));
        byUnit.put("NO_DATA_UNIT", figures(rate("RESPONSE", null, 1.0, true)));
        byUnit.put("SD_LINGXI", figures(rate("RESPONSE", 1.0, 1.0, true)));
        byUnit.put("HR_BUREAU", figures(rate("RESPONSE", 0.5, 1.0, true)));
        List<AssessmentScore.UnitScore> ranked = AssessmentScore.rank(byUnit, WEIGHTS, Map.of("SD_LINGXI", "陵西街道"));
        assertThat(ranked).extracting(AssessmentScore.UnitScore::unitCode)
                .containsExactly("SD_LINGXI", "HR_BUREAU", "SD_BEILING", "NO_DATA_UNIT");
        assertThat(ranked).extracting(AssessmentScore.UnitScore::rank).containsExactly(1, 2, 2, 4);
        assertThat(ranked).extracting(AssessmentScore.UnitScore::score).containsExactly(100.0, 50.0, 50.0, null);
        assertThat(ranked.get(0).nameZh()).isEqualTo("陵西街道");
        assertThat(ranked.get(1).nameZh()).as("the code where no name is known").isEqualTo("HR_BUREAU");
    }

    private static Indicator rate(String code, Double value, Double target, boolean higherIsBetter) {
        return new Indicator(code, code, code, 0, 0, value, target, higherIsBetter,
                value == null ? Indicator.Status.NO_DATA : Indicator.Status.NO_TARGET, "a", "b");
    }

    private static FigureSet figures(Indicator... indicators) {
        return new FigureSet(FigureQuery.days(java.time.LocalDate.of(2026, 10, 1), java.time.LocalDate.of(2026, 12, 31)),
                Map.of(), new ArrayList<>(List.of(indicators)));
    }
}

package org.linkage110.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Each figure's better direction, figure by figure: a rise of a rate that should fall (bounce-back,
 * complaints, repeat calls) is a worsening even without a target, and a rise of every other one is
 * an improvement.
 */
class IndicatorDirectionTest {

    /** The direction the rulebook gives each figure, written out here rather than read from the code under test. */
    private static final Map<String, Boolean> HIGHER_IS_BETTER = Map.ofEntries(
            Map.entry("DIVERSION", true), Map.entry("SIGN_FOR", true), Map.entry("FEEDBACK", true),
            Map.entry("COMPLETION", true), Map.entry("BOUNCE_BACK", false), Map.entry("COMPLAINT", false),
            Map.entry("RESPONSE", true), Map.entry("SATISFACTION", true), Map.entry("REPEAT", false),
            Map.entry("ON_TIME_SIGN_FOR", true), Map.entry("ON_TIME_CALLER_CONTACT", true),
            Map.entry("ON_TIME_ARRIVE", true), Map.entry("ON_TIME_FIRST_REPORT", true),
            Map.entry("ON_TIME_RESULT", true));

    @Test
    void everyFigureHasItsDirection() {
        assertThat(IndicatorDefinition.ALL.stream()
                .collect(Collectors.toMap(IndicatorDefinition::code, IndicatorDefinition::higherIsBetter)))
                .isEqualTo(HIGHER_IS_BETTER);
    }

    @Test
    void aRiseAndAFallOfEachFigureAreReadByItsDirection() {
        for (IndicatorDefinition figure : IndicatorDefinition.ALL) {
            boolean higher = HIGHER_IS_BETTER.get(figure.code());
            assertThat(rate(figure, 0.30).trendSince(rate(figure, 0.20))).as("%s rising", figure.code())
                    .isEqualTo(higher ? Indicator.Trend.UP_BETTER : Indicator.Trend.UP_WORSE);
            assertThat(rate(figure, 0.10).trendSince(rate(figure, 0.20))).as("%s falling", figure.code())
                    .isEqualTo(higher ? Indicator.Trend.DOWN_WORSE : Indicator.Trend.DOWN_BETTER);
        }
    }

    /** The figure as the figures are made of it: no target, its own direction. */
    private static Indicator rate(IndicatorDefinition figure, double value) {
        return new Indicator(figure.code(), figure.nameZh(), figure.nameEn(), 0, 0, value, null,
                figure.higherIsBetter(), Indicator.Status.NO_TARGET, figure.numeratorOf(),
                String.join("+", figure.denominatorOf()));
    }
}

package org.linkage110.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Trends compare a period with the one of the same length just before it; up is better or worse by the figure. */
class TrendTest {

    @Test
    void thePreviousPeriodHasTheSameLengthAndEndsTheDayBefore() {
        FigureQuery march = new FigureQuery(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31), "SD_LINGXI", 1,
                "SD_LINGXI", "C03");
        FigureQuery before = march.previous();
        assertThat(before).isEqualTo(new FigureQuery(LocalDate.of(2026, 1, 29), LocalDate.of(2026, 2, 28), "SD_LINGXI",
                1, "SD_LINGXI", "C03"));
        FigureQuery day = FigureQuery.days(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 1));
        assertThat(day.previous()).isEqualTo(FigureQuery.days(LocalDate.of(2025, 12, 31), LocalDate.of(2025, 12, 31)));
    }

    @Test
    void aRisingCompletionRateIsBetterAndARisingRepeatCallRateIsWorse() {
        assertThat(rate("COMPLETION", 0.9, true).trendSince(rate("COMPLETION", 0.8, true)))
                .isEqualTo(Indicator.Trend.UP_BETTER);
        assertThat(rate("COMPLETION", 0.7, true).trendSince(rate("COMPLETION", 0.8, true)))
                .isEqualTo(Indicator.Trend.DOWN_WORSE);
        assertThat(rate("REPEAT", 0.12, false).trendSince(rate("REPEAT", 0.08, false)))
                .isEqualTo(Indicator.Trend.UP_WORSE);
        assertThat(rate("REPEAT", 0.05, false).trendSince(rate("REPEAT", 0.08, false)))
                .isEqualTo(Indicator.Trend.DOWN_BETTER);
        assertThat(rate("SIGN_FOR", 0.5, true).trendSince(rate("SIGN_FOR", 0.5, true))).isEqualTo(Indicator.Trend.FLAT);
        assertThat(rate("SIGN_FOR", 0.5, true).trendSince(rate("SIGN_FOR", null, true))).isEqualTo(Indicator.Trend.NONE);
        assertThat(rate("SIGN_FOR", null, true).trendSince(rate("SIGN_FOR", 0.5, true))).isEqualTo(Indicator.Trend.NONE);
    }

    private static Indicator rate(String code, Double value, boolean higherIsBetter) {
        return new Indicator(code, code, code, 0, 0, value, null, higherIsBetter,
                value == null ? Indicator.Status.NO_DATA : Indicator.Status.NO_TARGET, "a", "b");
    }
}

package org.linkage110.intake.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.linkage110.domain.IncidentSource;
import org.linkage110.intake.IncidentFlags;
import org.linkage110.intake.IncidentStatus;
import org.linkage110.intake.IncidentSummary;
import org.linkage110.intake.NewIncident;

class RedeliveryDifferencesTest {

    private static final Instant RECEIVED = Instant.parse("2026-12-01T02:00:00Z");

    private static NewIncident delivery(String phone, String description, String grid, String category) {
        return new NewIncident(IncidentSource.PLATFORM_110, "110-7", RECEIVED, "王先生", phone, "沈阳市于洪区怒江北街1号",
                grid, description, category, IncidentFlags.NONE, Map.of("landmark", "东门"));
    }

    /** As received first: the grid found by territorial assignment, the category suggested here. */
    private static IncidentSummary received(String category, boolean suggested) {
        return new IncidentSummary(7, 7, IncidentSource.PLATFORM_110, "110-7", RECEIVED, "王先生", "13800000000",
                "沈阳市于洪区怒江北街1号", "GRID-NJ-01", "SD_LINGXI", "井盖缺失", category, suggested, IncidentFlags.NONE,
                Map.of("landmark", "东门"), IncidentStatus.OPEN, 0, RECEIVED.plusSeconds(1));
    }

    @Test
    void aPlainRetryDiffersInNothingEvenWithoutTheGridAndCategoryFilledInHere() {
        assertThat(RedeliveryDifferences.between(received("C01-01", true), delivery("13800000000", "井盖缺失", null, null)))
                .isEmpty();
        assertThat(RedeliveryDifferences.between(received("C01-01", false),
                delivery("13800000000", "井盖缺失", "GRID-NJ-01", "C01-01"))).isEmpty();
    }

    @Test
    void everyChangedFieldIsNamed() {
        assertThat(RedeliveryDifferences.between(received("C01-01", false),
                delivery("13900000000", "井盖被盗", "GRID-NJ-02", "C01-02")))
                .containsExactly("callerPhone", "description", "gridCode", "categoryCode");
    }

    @Test
    void aCategoryNamedOnlyByTheRedeliveryDiffersFromOneThatWasSuggested() {
        assertThat(RedeliveryDifferences.between(received("C01-01", true), delivery("13800000000", "井盖缺失", null, "C01-01")))
                .containsExactly("categoryCode");
    }
}

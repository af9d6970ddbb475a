package org.linkage110.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.linkage110.domain.IncidentSource;

/** A question sent without an answer is one not answered, not a failure. */
class NewIncidentTest {

    @Test
    void anInquiryAnswerThatIsNullIsLeftOutInsteadOfFailing() {
        Map<String, String> answers = new HashMap<>();
        answers.put("landmark", null);
        answers.put("traffic_impact", "影响通行");
        NewIncident incident = new NewIncident(IncidentSource.PLATFORM_110, "110-1", Instant.parse("2026-12-01T02:00:00Z"),
                null, null, "沈阳市于洪区怒江北街1号", null, "井盖缺失", "C01-01", IncidentFlags.NONE, answers);
        assertThat(incident.inquiryAnswers()).containsExactly(Map.entry("traffic_impact", "影响通行"));
    }
}

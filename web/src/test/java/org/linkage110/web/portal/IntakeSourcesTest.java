package org.linkage110.web.portal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.linkage110.domain.IncidentSource;

/** A dispatcher takes by hand a direct call or a three-way call with 110 or 12345; never an Open311 request. */
class IntakeSourcesTest {

    @Test
    void theIntakeFormOffersNoOpen311() {
        assertThat(new IntakeBacking().getSources()).containsExactly(IncidentSource.PLATFORM_110,
                IncidentSource.HOTLINE_12345, IncidentSource.PORTAL).doesNotContain(IncidentSource.OPEN311);
    }
}

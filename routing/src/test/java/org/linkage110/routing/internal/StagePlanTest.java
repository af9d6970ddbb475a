package org.linkage110.routing.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.linkage110.domain.Tier;
import org.linkage110.domain.calendar.Stage;
import org.linkage110.routing.Channel;
import org.linkage110.routing.UnitRole;

class StagePlanTest {

    private static Map<Stage, String> everyStage() {
        Map<Stage, String> all = new EnumMap<>(Stage.class);
        for (Stage stage : Stage.values()) {
            all.put(stage, "due");
        }
        return all;
    }

    @Test
    void aTierOneLeadUnitContactsTheCaller() {
        assertThat(StagePlan.bindingOnly(everyStage(), UnitRole.LEAD, Tier.TIER_1, "ALL", Channel.DIRECT))
                .containsKey(Stage.CALLER_CONTACT).containsKey(Stage.ARRIVE);
    }

    @Test
    void coUnitsAndTierTwoDepartmentsHaveNoCallerContactDuty() {
        assertThat(StagePlan.bindingOnly(everyStage(), UnitRole.CO, Tier.TIER_1, "ALL", Channel.DIRECT))
                .doesNotContainKey(Stage.CALLER_CONTACT).containsKey(Stage.ARRIVE);
        assertThat(StagePlan.bindingOnly(everyStage(), UnitRole.LEAD, Tier.TIER_2, "ALL", Channel.DIRECT))
                .doesNotContainKey(Stage.CALLER_CONTACT);
    }

    @Test
    void aTownLeadsTeamContactsTheCallerWhateverItsTier() {
        assertThat(StagePlan.bindingOnly(everyStage(), UnitRole.LEAD, Tier.TIER_2, "TOWN", Channel.DIRECT))
                .containsKey(Stage.CALLER_CONTACT);
    }

    @Test
    void tierThreeUnitsAnd12345HaveNoFieldStages() {
        assertThat(StagePlan.bindingOnly(everyStage(), UnitRole.CO, Tier.TIER_3, "ALL", Channel.DIRECT).keySet())
                .containsExactly(Stage.SIGN_FOR, Stage.FIRST_REPORT, Stage.RESULT);
        assertThat(StagePlan.bindingOnly(everyStage(), UnitRole.LEAD, Tier.TIER_1, "ALL", Channel.HOTLINE_12345).keySet())
                .containsExactly(Stage.SIGN_FOR, Stage.FIRST_REPORT, Stage.RESULT);
    }
}

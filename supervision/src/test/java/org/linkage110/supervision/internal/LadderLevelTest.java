package org.linkage110.supervision.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class LadderLevelTest {

    @Test
    void theConfiguredLadderReadsAsThreeWeeksThreeLevelsThenListed() {
        List<LadderLevel> levels = LadderLevel.parse("P1D;VILLAGE_TEAM;村级联动队伍跟进;TOWN,P7D;TOWN_CENTRE;镇街社会治理中心跟进;TOWN,"
                + "P14D;TOWN_LEADER;镇街主要领导包案;TOWN,P21D;CITY_LISTED;市级挂牌督办;OFFICE");
        assertThat(levels).extracting(LadderLevel::code)
                .containsExactly("VILLAGE_TEAM", "TOWN_CENTRE", "TOWN_LEADER", "CITY_LISTED");
        assertThat(levels.get(3).after()).isEqualTo(Duration.ofDays(21));
        assertThat(levels.get(3).recipient()).isEqualTo(LadderLevel.Recipient.OFFICE);
    }

    @Test
    void levelsOutOfOrderOrIncompleteAreRefused() {
        assertThatThrownBy(() -> LadderLevel.parse("P7D;A;甲;TOWN,P7D;B;乙;TOWN")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LadderLevel.parse("P7D;A;TOWN")).isInstanceOf(IllegalArgumentException.class);
    }
}

package org.linkage110.intake.internal.reading;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class CallFeaturesTest {

    @Test
    void wordsPairsAndCharactersOfWhatHappenedButNotOfWhereOrWhenAsHanLpKnowsThem() {
        List<String> features = Arrays.asList(CallFeatures.of("昨天下午三点沈阳市铁西区门口的井盖被偷了"));
        assertThat(features).contains("w=井盖", "b=井盖", "c=井", "w=被", "b=门口");
        assertThat(features).noneMatch(f -> f.contains("沈阳")).noneMatch(f -> f.contains("铁西"))
                .noneMatch(f -> f.contains("昨天")).noneMatch(f -> f.contains("三"));
    }

    @Test
    void fullWidthLettersAndSpacesAreFolded() {
        assertThat(CallFeatures.normalise("ＡＴＭ　吞卡  了")).isEqualTo("atm 吞卡 了");
        assertThat(CallFeatures.of("   ")).isEmpty();
    }
}

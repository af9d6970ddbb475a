package org.linkage110.routing.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.linkage110.intake.CallReading;
import org.linkage110.intake.PoliceCue;

class PoliceBusinessRuleTest {

    private static CallReading reading(List<PoliceCue> cues, double likelihood, List<String> words) {
        return new CallReading(List.of(), List.of(), List.of(), cues, likelihood, words);
    }

    @Test
    void cuesOfPoliceBusinessMakeTheSuspicionWithTheirKindAndWords() {
        var suspicion = PoliceBusinessRule.judge(reading(List.of(new PoliceCue("THEFT", "被偷"),
                new PoliceCue("THEFT", "撬开"), new PoliceCue("VIOLENCE", "打人")), 0.1, List.of()));
        assertThat(suspicion.suspected()).isTrue();
        assertThat(suspicion.reason()).startsWith("疑似警务警情").contains("盗窃（被偷、撬开）").contains("殴打或暴力（打人）")
                .contains("退回110");
        assertThat(suspicion.evidence()).containsExactly("被偷", "撬开", "打人");
    }

    @Test
    void theModelAloneMarksACallOnlyWhenItIsAllButCertain() {
        assertThat(PoliceBusinessRule.judge(reading(List.of(), 0.95, List.of("拽"))).suspected()).isFalse();
        var certain = PoliceBusinessRule.judge(reading(List.of(), 0.98, List.of("偷", "撬")));
        assertThat(certain.suspected()).isTrue();
        assertThat(certain.reason()).contains("98%").contains("偷、撬");
    }

    @Test
    void withoutCuesThereIsNoSuspicion() {
        assertThat(PoliceBusinessRule.judge(reading(List.of(), 0.0, List.of()))).isEqualTo(PoliceBusinessRule.Suspicion.NONE);
    }
}

package org.linkage110.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CallReaderTest {

    private final CallReader reader = new CallReader(
            Map.of("C01-01", List.of("井盖", "窨井"), "C07-03", List.of("拖欠工资", "工钱"), "C08-03", List.of("燃气", "煤气"),
                    "C02-06", List.of("摆摊")),
            Map.of("C01-01", "井盖缺失", "C07-03", "劳资纠纷", "C08-03", "燃气泄漏", "C02-06", "占道经营"));

    @Test
    void theBestItemsComeFirstWithTheKeywordsThatMatchedAsTheirEvidence() {
        CallReading reading = reader.read("工地老板欠了我们三个月工钱，电话也不接了", 3);
        assertThat(reading.suggestions()).hasSizeLessThanOrEqualTo(3);
        assertThat(reading.suggestions().get(0).itemCode()).isEqualTo("C07-03");
        assertThat(reading.suggestions().get(0).matchedWords()).containsExactly("工钱");
        assertThat(reading.suggestions()).isSortedAccordingTo(
                java.util.Comparator.comparingDouble(CategorySuggestion::score).reversed());
    }

    @Test
    void anItemWithoutAMatchingKeywordShowsTheWordsTheModelWeighedForIt() {
        CategorySuggestion gas = reader.read("楼道里有股臭鸡蛋味，怀疑谁家漏气了", 3).suggestions().stream()
                .filter(s -> s.itemCode().equals("C08-03")).findFirst().orElseThrow();
        assertThat(gas.matchedWords()).isNotEmpty().doesNotContain("燃气", "煤气");
    }

    @Test
    void onlyTheOfficesActiveItemsAreSuggested() {
        assertThat(reader.read("小区门口路灯不亮了，黑灯瞎火的", 10).suggestions()).extracting(CategorySuggestion::itemCode)
                .isSubsetOf("C01-01", "C07-03", "C08-03", "C02-06");
    }

    @Test
    void policeBusinessGetsItsCuesAndTheModelsLikelihood() {
        CallReading reading = reader.read("我的电动车在楼下被人偷了，锁都被撬了", 3);
        assertThat(reading.policeCues()).extracting(PoliceCue::kind).contains("THEFT");
        assertThat(reading.policeLikelihood()).isGreaterThan(reader.read("小区门口有人摆摊卖菜", 3).policeLikelihood());
        assertThat(reader.read(" ", 3)).isEqualTo(CallReading.NOTHING);
    }
}

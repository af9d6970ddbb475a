package org.linkage110.intake.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.linkage110.intake.CategorySuggestion;

class CategorySuggesterTest {

    private final CategorySuggester suggester = new CategorySuggester(
            Map.of("C01-01", List.of("井盖", "井盖缺失", "窨井"),
                    "C08-02", List.of("燃气泄漏", "燃气", "煤气味"),
                    "C02-01", List.of("噪音", "夜市"),
                    "C03-01", List.of("树木倒伏", "大树倒了")),
            Map.of("C01-01", "井盖缺失", "C08-02", "燃气泄漏", "C02-01", "噪声扰民", "C03-01", "树木倒伏"));

    @Test
    void keywordsFoundVerbatimRankFirstAndAreShown() {
        List<CategorySuggestion> ranked = suggester.rank("小区门口井盖缺失，旁边有燃气味", 3);
        assertThat(ranked).extracting(CategorySuggestion::itemCode).startsWith("C01-01", "C08-02");
        assertThat(ranked.get(0).matchedWords()).containsExactly("井盖缺失");
        assertThat(ranked.get(1).matchedWords()).containsExactly("燃气");
        assertThat(ranked.get(0).score()).isGreaterThan(ranked.get(1).score());
    }

    @Test
    void withoutAKeywordSharedCharacterPairsStillFindTheItem() {
        List<CategorySuggestion> ranked = suggester.rank("一棵梧桐树倒了横在路上", 3);
        assertThat(ranked.get(0).itemCode()).isEqualTo("C03-01");
        assertThat(ranked.get(0).matchedWords()).contains("树倒", "倒了");
    }

    @Test
    void nothingSharedNothingSuggested() {
        assertThat(suggester.rank("请问社保卡怎么补办", 3)).isEmpty();
        assertThat(suggester.rank("  ", 3)).isEmpty();
    }

    @Test
    void limitCutsTheRanking() {
        assertThat(suggester.rank("夜市噪音，井盖，燃气泄漏", 1)).extracting(CategorySuggestion::itemCode)
                .containsExactly("C08-02");
    }
}

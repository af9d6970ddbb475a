package org.linkage110.intake.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SearchTokenTest {

    @Test
    void consecutivePairsWithoutPunctuationAndCase() {
        assertThat(SearchToken.tokens("井盖缺失，AB")).containsExactly("井盖", "盖缺", "缺失", "失a", "ab");
        assertThat(SearchToken.tokens("井")).containsExactly("井");
        assertThat(SearchToken.tokens(null)).isEmpty();
        assertThat(SearchToken.tokens("噪音噪音")).containsExactly("噪音", "音噪");
    }
}

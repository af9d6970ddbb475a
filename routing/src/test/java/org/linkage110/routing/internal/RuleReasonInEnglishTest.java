package org.linkage110.routing.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.linkage110.platform.ReferenceData;
import org.linkage110.routing.Assessment;

/** A rule says why in English too; a proposal reads in English where its rule has English words, else in Chinese. */
class RuleReasonInEnglishTest {

    private static Map<String, String> row(String reasonEn) {
        Map<String, String> row = new HashMap<>(ReferenceData.rows("decision-table").get(0));
        row.put("reason_en", reasonEn);
        return row;
    }

    @Test
    void aProposalGivesTheRulesEnglishReasonToAnEnglishReader() {
        DecisionRule rule = DecisionRule.of(row("The police act first"));
        Assessment proposal = rule.decision();
        assertThat(proposal.reasonEn()).isEqualTo("The police act first");
        assertThat(proposal.reasonFor(true)).isEqualTo("The police act first");
        assertThat(proposal.reasonFor(false)).isEqualTo(rule.reason()).contains("公安机关");
        assertThat(rule.toRow()).containsEntry("reason_en", "The police act first");
    }

    @Test
    void aRuleWithoutEnglishWordsReadsInChineseAndItsRowStaysAsBefore() {
        DecisionRule rule = DecisionRule.of(row("  "));
        assertThat(rule.reasonEn()).isNull();
        assertThat(rule.decision().reasonFor(true)).isEqualTo(rule.reason());
        assertThat(rule.toRow()).doesNotContainKey("reason_en");
    }

    @Test
    void theMigrationGivesEveryShippedRuleItsEnglishReason() throws IOException {
        String sql = Files.readString(Path.of(
                "src/main/resources/org/linkage110/routing/internal/schema/V15_1__decision_rule_reason_en.sql"));
        Map<String, String> english = new HashMap<>();
        Matcher m = Pattern.compile("WHEN '([A-Z0-9_]+)' THEN '([^']+)'").matcher(sql);
        while (m.find()) {
            english.put(m.group(1), m.group(2));
        }
        assertThat(ReferenceData.rows("decision-table")).isNotEmpty().allSatisfy(row -> assertThat(english.get(row.get("rule_id")))
                .as(row.get("rule_id")).isNotBlank().hasSizeLessThanOrEqualTo(500).doesNotContainPattern("\\p{IsHan}"));
    }
}

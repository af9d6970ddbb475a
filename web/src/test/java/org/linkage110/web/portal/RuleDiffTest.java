package org.linkage110.web.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.linkage110.routing.RuleRevision;
import org.linkage110.web.portal.RuleDiff.FieldChange;
import org.linkage110.web.portal.RuleDiff.Kind;

class RuleDiffTest {

    private static final String FIRST = "{\"rule_id\":\"UTILITY_DANGER_AFTER_DARK_LONG_NAME\",\"priority\":\"10\","
            + "\"applies_to\":\"A01\",\"utilities_hazard\":\"Y\",\"level\":\"1\",\"reason_zh\":\"设施险情\"}";
    private static final String SECOND = "{\"rule_id\":\"UTILITY_DANGER_AFTER_DARK_LONG_NAME\",\"priority\":\"20\","
            + "\"applies_to\":\"A01\",\"utilities_hazard\":\"*\",\"level\":\"1\",\"reason_zh\":\"设施险情\"}";

    private static RuleRevision revision(int number, String content) {
        return new RuleRevision("UTILITY_DANGER_AFTER_DARK_LONG_NAME", number, content, "admin",
                Instant.parse("2026-12-01T08:00:00Z").plusSeconds(number), "why " + number);
    }

    @Test
    void aChangedRevisionNamesOnlyTheFieldsThatChangedWithOldAndNewValue() {
        List<RuleDiff.Revision> diffs = RuleDiff.of(List.of(revision(1, FIRST), revision(2, SECOND)));

        assertThat(diffs).extracting(d -> d.revision().revision()).containsExactly(2, 1);
        assertThat(diffs.get(0).kind()).isEqualTo(Kind.CHANGED);
        assertThat(diffs.get(0).changes()).containsExactly(new FieldChange("priority", "10", "20"),
                new FieldChange("utilities_hazard", "Y", "*"));
    }

    @Test
    void anEnglishReasonWrittenLaterShowsAsAChangeOfItsOwnField() {
        String withEnglish = SECOND.replace("}", ",\"reason_en\":\"A utilities hazard\"}");
        RuleDiff.Revision changed = RuleDiff.of(List.of(revision(1, SECOND), revision(2, withEnglish))).get(0);

        assertThat(changed.changes()).containsExactly(new FieldChange("reason_en", null, "A utilities hazard"));
    }

    @Test
    void theFirstRevisionAddsTheRuleWithEveryFieldNew() {
        RuleDiff.Revision added = RuleDiff.of(List.of(revision(1, FIRST))).get(0);

        assertThat(added.kind()).isEqualTo(Kind.ADDED);
        assertThat(added.changes()).hasSize(6).allSatisfy(change -> assertThat(change.before()).isNull())
                .contains(new FieldChange("rule_id", null, "UTILITY_DANGER_AFTER_DARK_LONG_NAME"));
    }

    @Test
    void aRevisionWithoutContentRemovesTheRuleAndARevisionAfterItAddsItAgain() {
        List<RuleDiff.Revision> diffs = RuleDiff.of(List.of(revision(1, FIRST), revision(2, null), revision(3, SECOND)));

        assertThat(diffs).extracting(RuleDiff.Revision::kind).containsExactly(Kind.ADDED, Kind.REMOVED, Kind.ADDED);
        assertThat(diffs.get(1).changes()).hasSize(6).allSatisfy(change -> assertThat(change.after()).isNull())
                .contains(new FieldChange("priority", "10", null));
        assertThat(diffs.get(0).changes()).contains(new FieldChange("utilities_hazard", null, "*"));
    }

    @Test
    void numbersInTheContentReadAsTheirDigits() {
        assertThat(RuleDiff.fields("{\"priority\":30,\"reason_zh\":null}")).containsEntry("priority", "30")
                .containsEntry("reason_zh", null);
    }
}

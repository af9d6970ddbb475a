package org.linkage110.routing.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.linkage110.domain.DispatchMode;
import org.linkage110.domain.HandlingClass;
import org.linkage110.platform.ReferenceData;
import org.linkage110.routing.Assessment;
import org.linkage110.routing.AssessmentFacts;

/**
 * The shipped decision table against the examples of 003 §4.1 (source diversion: municipal
 * pipes, heating leaks, dangerous houses, pollution, noise, street vending, consumer and labour
 * disputes, unpaid wages, flood relief, aid; joint handling: disputes that may escalate, utility
 * hazards threatening safety, city-management disputes, events needing police first) on items of
 * 004's appendix, and 000's three dispatch modes.
 */
class DecisionTableTest {

    private final DecisionTable table = new DecisionTable(ReferenceData.rows("decision-table").stream()
            .map(DecisionRule::of).toList());

    @ParameterizedTest(name = "{0} dispute={1} threat={2} utility={3} police={4} -> {5}/{6}/{7} by {8}")
    @CsvSource({
            // item, dispute, threat, utility, police-first, class, level, mode, rule
            "C01-01, N, N, N, N, SOURCE_DIVERSION, 2, TO_HOTLINE_12345, DEFAULT_SOURCE_DIVERSION",  // manhole cover
            "C01-02, N, N, N, N, SOURCE_DIVERSION, 2, TO_HOTLINE_12345, DEFAULT_SOURCE_DIVERSION",  // street light
            "C02-05, N, N, N, N, SOURCE_DIVERSION, 2, TO_HOTLINE_12345, DEFAULT_SOURCE_DIVERSION",  // municipal sewer
            "C09-02, N, N, N, N, SOURCE_DIVERSION, 2, TO_HOTLINE_12345, DEFAULT_SOURCE_DIVERSION",  // dangerous house works
            "C05-01, N, N, N, N, SOURCE_DIVERSION, 2, TO_HOTLINE_12345, DEFAULT_SOURCE_DIVERSION",  // pollution
            "C05-02, N, N, N, N, SOURCE_DIVERSION, 2, TO_HOTLINE_12345, DEFAULT_SOURCE_DIVERSION",  // construction noise
            "C05-05, N, N, N, N, SOURCE_DIVERSION, 2, TO_HOTLINE_12345, DEFAULT_SOURCE_DIVERSION",  // workshop noise
            "C02-06, N, N, N, N, SOURCE_DIVERSION, 2, TO_HOTLINE_12345, DEFAULT_SOURCE_DIVERSION",  // street vending
            "C06-02, N, N, N, N, SOURCE_DIVERSION, 2, TO_HOTLINE_12345, DEFAULT_SOURCE_DIVERSION",  // consumer dispute
            "C07-03, N, N, N, N, SOURCE_DIVERSION, 2, TO_HOTLINE_12345, DEFAULT_SOURCE_DIVERSION",  // unpaid wages
            "C06-07, N, N, N, N, SOURCE_DIVERSION, 2, TO_HOTLINE_12345, DEFAULT_SOURCE_DIVERSION",  // taxi dispute
            "C02-02, N, N, N, N, SOURCE_DIVERSION, 2, TO_HOTLINE_12345, DEFAULT_SOURCE_DIVERSION",  // flooded road
            "C09-05, N, N, N, N, SOURCE_DIVERSION, 2, TO_HOTLINE_12345, DEFAULT_SOURCE_DIVERSION",  // other aid
            "C01-07, N, N, N, N, SOURCE_DIVERSION, 2, TO_HOTLINE_12345, DEFAULT_SOURCE_DIVERSION",  // icy road
            "C08-01, N, N, Y, N, SOURCE_DIVERSION, 2, IMMEDIATE,        UTILITY_FAILURE",           // leaking pipe, no danger
            "C08-02, N, N, N, N, SOURCE_DIVERSION, 2, IMMEDIATE,        EMERGENCY_NO_DANGER",       // power cut
            "C07-03, Y, N, N, N, JOINT_HANDLING,   1, JOINT,            DISPUTE_MAY_ESCALATE",      // wage row on site
            "C06-02, Y, N, N, N, JOINT_HANDLING,   1, JOINT,            DISPUTE_MAY_ESCALATE",      // shop quarrel
            "C02-06, Y, N, N, N, JOINT_HANDLING,   1, JOINT,            DISPUTE_MAY_ESCALATE",      // vendor vs. enforcement
            "C04-01, Y, N, N, N, JOINT_HANDLING,   1, JOINT,            DISPUTE_MAY_ESCALATE",      // residents vs. site
            "C08-03, N, N, N, N, JOINT_HANDLING,   1, JOINT,            GAS_OR_CHEMICAL_LEAK",      // gas leak
            "C08-04, N, N, N, N, JOINT_HANDLING,   1, JOINT,            CHEMICAL_LEAK",             // chemical leak
            "C08-01, N, Y, Y, N, JOINT_HANDLING,   1, JOINT,            UTILITY_DANGER",            // burst main, danger
            "C08-02, N, Y, Y, N, JOINT_HANDLING,   1, JOINT,            UTILITY_DANGER",            // live wire down
            "C08-01, N, Y, N, N, JOINT_HANDLING,   1, JOINT,            EMERGENCY_DANGER",          // emergency, danger
            "C03-01, N, Y, N, N, JOINT_HANDLING,   1, IMMEDIATE,        DANGER_NO_POLICE",          // fallen tree on road
            "C01-08, N, Y, N, N, JOINT_HANDLING,   1, IMMEDIATE,        DANGER_NO_POLICE",          // collapsing wall
            "C09-04, N, N, N, Y, JOINT_HANDLING,   1, JOINT,            POLICE_FIRST",              // aid needing police
            "C05-06, N, Y, N, Y, JOINT_HANDLING,   1, JOINT,            POLICE_FIRST",              // fire from burning
            "C07-02, Y, N, N, Y, JOINT_HANDLING,   1, JOINT,            POLICE_FIRST"})             // black cab, crowd
    void decidesClassLevelAndModeAndSaysWhy(String item, String dispute, String threat, String utility, String police,
                                            HandlingClass handlingClass, int level, DispatchMode mode, String rule) {
        Assessment assessment = table.decide(new AssessmentFacts(item, "Y".equals(dispute), "Y".equals(threat),
                "Y".equals(utility), "Y".equals(police)));
        assertThat(assessment.handlingClass()).isEqualTo(handlingClass);
        assertThat(assessment.level().number()).isEqualTo(level);
        assertThat(assessment.dispatchMode()).isEqualTo(mode);
        assertThat(assessment.ruleId()).isEqualTo(rule);
        assertThat(assessment.reason()).isNotBlank();
    }

    @Test
    void aTableWithoutACatchAllRuleIsRefused() {
        List<DecisionRule> withoutDefault = ReferenceData.rows("decision-table").stream().map(DecisionRule::of)
                .filter(rule -> !rule.id().equals("DEFAULT_SOURCE_DIVERSION")).toList();
        assertThatThrownBy(() -> new DecisionTable(withoutDefault)).hasMessageContaining("every incident");
    }

    @Test
    void duplicatePrioritiesAreRefused() {
        Map<String, String> row = ReferenceData.rows("decision-table").get(0);
        DecisionRule rule = DecisionRule.of(row);
        assertThatThrownBy(() -> new DecisionTable(List.of(rule, rule))).hasMessageContaining("unique");
    }

    @Test
    void aMalformedConditionIsRefused() {
        Map<String, String> row = new java.util.HashMap<>(ReferenceData.rows("decision-table").get(0));
        row.put("on_scene_dispute", "yes");
        assertThatThrownBy(() -> DecisionRule.of(row)).hasMessageContaining("Y, N or *");
    }
}

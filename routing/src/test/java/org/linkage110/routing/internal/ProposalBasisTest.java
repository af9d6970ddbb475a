package org.linkage110.routing.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.linkage110.domain.event.IncidentRecorded;
import org.linkage110.intake.CallFlag;
import org.linkage110.intake.CallReader;
import org.linkage110.intake.CallReading;
import org.linkage110.intake.CategorySuggestion;
import org.linkage110.intake.FlagReading;
import org.linkage110.intake.PoliceCue;
import org.linkage110.platform.ReferenceData;
import org.linkage110.routing.Assessment;
import org.linkage110.routing.ProposedFlag;

class ProposalBasisTest {

    private static final CallReader READER = CorpusEvaluation.reader();
    private static final IncidentRecorded.Flags NONE = new IncidentRecorded.Flags(false, false, false, false);
    private final DecisionTable table = new DecisionTable(ReferenceData.rows("decision-table").stream()
            .map(DecisionRule::of).toList());

    private Assessment decide(IncidentRecorded.Flags given, String item, String description) {
        return table.decide(ProposalBasis.of(given, READER.read(description, 3)).facts(item));
    }

    @Test
    void aFlagTheCallTakerGaveStaysWhateverTheDescriptionSays() {
        IncidentRecorded.Flags threat = new IncidentRecorded.Flags(false, true, false, false);
        String description = "围墙倒了一段，没有人受伤，砖头堆在人行道上";
        ProposalBasis basis = ProposalBasis.of(threat, READER.read(description, 3));
        assertThat(basis.holds(CallFlag.THREAT_TO_SAFETY)).isTrue();
        assertThat(basis.flags()).containsExactly(new ProposedFlag(CallFlag.THREAT_TO_SAFETY, true, false, List.of()));
        assertThat(decide(threat, "C01-08", description).ruleId()).isEqualTo("DANGER_NO_POLICE");
        assertThat(decide(NONE, "C01-08", description).ruleId()).as("without the given flag the reading decides")
                .isEqualTo("DEFAULT_SOURCE_DIVERSION");
    }

    @Test
    void inferredFlagsAddToTheGivenOnesAndAreMarkedAsInferredWithTheirWords() {
        IncidentRecorded.Flags utilities = new IncidentRecorded.Flags(false, false, true, false);
        String description = "路口的自来水管爆了，水已经漫进屋里了，有个老人被困在一楼";
        ProposalBasis basis = ProposalBasis.of(utilities, READER.read(description, 3));
        assertThat(basis.flags()).extracting(ProposedFlag::flag, ProposedFlag::given, ProposedFlag::inferred)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(CallFlag.THREAT_TO_SAFETY, false, true),
                        org.assertj.core.groups.Tuple.tuple(CallFlag.UTILITIES_HAZARD, true, false));
        assertThat(basis.flags().get(0).words()).contains("被困");
        assertThat(table.decide(basis.facts("C08-01")).ruleId()).isEqualTo("UTILITY_DANGER");
        assertThat(decide(NONE, "C08-01", "路口的自来水管漏水了，往外渗").ruleId()).isEqualTo("UTILITY_FAILURE");
    }

    @Test
    void anOnSceneDisputeMakesItJointHandlingWithoutAnyFlagGiven() {
        Assessment assessment = decide(NONE, "C07-03", "三十多个工人围着老板讨工钱，吵起来了，有人推搡");
        assertThat(assessment.ruleId()).isEqualTo("DISPUTE_MAY_ESCALATE");
        assertThat(decide(NONE, "C07-03", "老板拖欠了三个月工资，想问问找哪个部门").ruleId())
                .isEqualTo("DEFAULT_SOURCE_DIVERSION");
    }

    @Test
    void theBasisKeptWithTheOrderReadsBackAsItWas() {
        CallReading reading = new CallReading(List.of(new CategorySuggestion("C07-03", "劳资纠纷", 1.2, List.of("工钱"))),
                List.of(new FlagReading(CallFlag.ON_SCENE_DISPUTE, List.of("吵起来"))), List.of("推搡"),
                List.of(new PoliceCue("VIOLENCE", "打人")), 0.4, List.of("打"));
        ProposalBasis basis = ProposalBasis.of(NONE, reading);
        ProposalBasis again = ProposalBasis.fromJson(NONE, basis.toJson());
        assertThat(again).isEqualTo(basis);
        assertThat(again.police().suspected()).isTrue();
        assertThat(ProposalBasis.fromJson(NONE, null).flags()).isEmpty();
    }
}

package org.linkage110.routing.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.linkage110.domain.calendar.Stage;
import org.linkage110.routing.InstructionStatus;

class StageApplicabilityTest {

    @Test
    void beforeSigningEveryStageCanStillBeMet() {
        for (Stage stage : Stage.values()) {
            assertThat(StageApplicability.completable(stage, InstructionStatus.DISPATCHED)).as(stage.name()).isTrue();
        }
    }

    @Test
    void onTheSceneTheCallerCanStillBeContactedAndVideoPulledButNobodyDepartsAnyMore() {
        assertThat(StageApplicability.completable(Stage.CALLER_CONTACT, InstructionStatus.ON_SCENE)).isTrue();
        assertThat(StageApplicability.completable(Stage.VIDEO_PULL, InstructionStatus.ON_SCENE)).isTrue();
        assertThat(StageApplicability.completable(Stage.FIRST_REPORT, InstructionStatus.ON_SCENE)).isTrue();
        assertThat(StageApplicability.completable(Stage.DEPART, InstructionStatus.ON_SCENE)).isFalse();
        assertThat(StageApplicability.completable(Stage.SIGN_FOR, InstructionStatus.ON_SCENE)).isFalse();
    }

    @Test
    void onceTheResultIsInOrTheInstructionReturnedNoStageIsLeft() {
        for (Stage stage : Stage.values()) {
            for (InstructionStatus end : new InstructionStatus[] {InstructionStatus.RESULT_SUBMITTED,
                    InstructionStatus.CONFIRMED, InstructionStatus.REPORTED_BACK, InstructionStatus.RETURNED}) {
                assertThat(StageApplicability.completable(stage, end)).as(stage + " at " + end).isFalse();
                assertThat(StageApplicability.ended(end)).isTrue();
            }
        }
    }

    @Test
    void aReopenedInstructionCanMeetItsResultAndReportAgain() {
        assertThat(StageApplicability.completable(Stage.RESULT, InstructionStatus.REOPENED)).isTrue();
        assertThat(StageApplicability.completable(Stage.FIRST_REPORT, InstructionStatus.REOPENED)).isTrue();
        assertThat(StageApplicability.ended(InstructionStatus.REOPENED)).isFalse();
    }
}

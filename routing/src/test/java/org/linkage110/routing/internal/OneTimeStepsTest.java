package org.linkage110.routing.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.linkage110.domain.HandlingClass;
import org.linkage110.domain.InstructionLevel;
import org.linkage110.domain.Tier;
import org.linkage110.routing.Channel;
import org.linkage110.routing.IllegalMoveException;
import org.linkage110.routing.InstructionAction;
import org.linkage110.routing.InstructionStatus;
import org.linkage110.routing.UnitRole;

class OneTimeStepsTest {

    private static final Instant AT = Instant.parse("2026-12-01T08:00:00Z");

    private static Instruction signed() {
        Instruction instruction = Instruction.dispatch(1L, "SD_LINGXI", Channel.DIRECT, UnitRole.LEAD,
                InstructionLevel.of(1), Tier.of(1), "TOWN", 1, AT);
        instruction.apply(InstructionAction.SIGN, AT);
        return instruction;
    }

    @Test
    void aPulledVideoIsNeitherOfferedNorTakenASecondTime() {
        Instruction instruction = signed();
        assertThat(ActionGuard.allowed(instruction, HandlingClass.JOINT_HANDLING, false))
                .contains(InstructionAction.PULL_VIDEO);
        instruction.apply(InstructionAction.PULL_VIDEO, AT);

        assertThat(instruction.status()).isEqualTo(InstructionStatus.SIGNED);
        assertThat(ActionGuard.allowed(instruction, HandlingClass.JOINT_HANDLING, false))
                .doesNotContain(InstructionAction.PULL_VIDEO).contains(InstructionAction.ARRIVE, InstructionAction.REPORT);
        assertThat(ActionGuard.refusal(instruction, HandlingClass.JOINT_HANDLING, false, InstructionAction.PULL_VIDEO))
                .hasValueSatisfying(refusal -> assertThat(refusal.code()).isEqualTo(IllegalMoveException.ALREADY_RECORDED));
        assertThatThrownBy(() -> instruction.apply(InstructionAction.PULL_VIDEO, AT))
                .isInstanceOfSatisfying(IllegalMoveException.class,
                        e -> assertThat(e.code()).isEqualTo(IllegalMoveException.ALREADY_RECORDED));
    }

    @Test
    void contactingTheCallerAndArrivingAreRecordedOnceEvenWhereTheLifecycleStaysPut() {
        Instruction instruction = signed();
        instruction.apply(InstructionAction.CONTACT_CALLER, AT);
        instruction.apply(InstructionAction.ARRIVE, AT);
        instruction.apply(InstructionAction.REPORT, AT);
        // the lifecycle lets a unit arrive or contact the caller from REPORTED (a report may come first)
        assertThat(ActionGuard.allowed(instruction, HandlingClass.JOINT_HANDLING, false))
                .doesNotContain(InstructionAction.ARRIVE, InstructionAction.CONTACT_CALLER)
                .contains(InstructionAction.PULL_VIDEO, InstructionAction.SUBMIT_RESULT);
    }

    @Test
    void aReopenedInstructionIsANewHandlingThatRecordsItsStepsAnew() {
        Instruction instruction = signed();
        instruction.apply(InstructionAction.PULL_VIDEO, AT);
        instruction.apply(InstructionAction.SUBMIT_RESULT, AT);
        instruction.apply(InstructionAction.CONFIRM, AT);
        instruction.apply(InstructionAction.REOPEN, AT);
        assertThat(ActionGuard.allowed(instruction, HandlingClass.JOINT_HANDLING, false))
                .contains(InstructionAction.PULL_VIDEO);
    }

    @Test
    void theRecordedStepsSurviveTheirColumn() {
        assertThat(OneTimeSteps.decode(OneTimeSteps.encode(java.util.EnumSet.of(InstructionAction.ARRIVE,
                InstructionAction.PULL_VIDEO)))).containsExactlyInAnyOrder(InstructionAction.ARRIVE, InstructionAction.PULL_VIDEO);
        assertThat(OneTimeSteps.decode(null)).isEmpty();
        assertThat(OneTimeSteps.encode(java.util.EnumSet.noneOf(InstructionAction.class))).isNull();
    }
}

package org.linkage110.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class InstructionLifecycleTest {

    /** Every legal move, written out by hand from 003 §4: status, action → status. */
    private static final List<Object[]> LEGAL = List.of(
            new Object[] {"DISPATCHED", "SIGN", "SIGNED"},
            new Object[] {"DISPATCHED", "RETURN", "RETURNED"},
            new Object[] {"SIGNED", "RETURN", "RETURNED"},
            new Object[] {"SIGNED", "CONTACT_CALLER", "CALLER_CONTACTED"},
            new Object[] {"SIGNED", "ARRIVE", "ON_SCENE"},
            new Object[] {"REPORTED", "ARRIVE", "REPORTED"},
            new Object[] {"REOPENED", "ARRIVE", "REOPENED"},
            // contacting the caller and pulling video stay possible after arrival, until the result
            new Object[] {"ON_SCENE", "CONTACT_CALLER", "ON_SCENE"},
            new Object[] {"REPORTED", "CONTACT_CALLER", "REPORTED"},
            new Object[] {"REOPENED", "CONTACT_CALLER", "REOPENED"},
            new Object[] {"ON_SCENE", "PULL_VIDEO", "ON_SCENE"},
            new Object[] {"REPORTED", "PULL_VIDEO", "REPORTED"},
            new Object[] {"REOPENED", "PULL_VIDEO", "REOPENED"},
            new Object[] {"REOPENED", "DEPART", "REOPENED"},
            new Object[] {"CALLER_CONTACTED", "ARRIVE", "ON_SCENE"},
            new Object[] {"SIGNED", "REPORT", "REPORTED"},
            new Object[] {"CALLER_CONTACTED", "REPORT", "REPORTED"},
            new Object[] {"ON_SCENE", "REPORT", "REPORTED"},
            new Object[] {"REOPENED", "REPORT", "REPORTED"},
            new Object[] {"SIGNED", "SUBMIT_RESULT", "RESULT_SUBMITTED"},
            new Object[] {"CALLER_CONTACTED", "SUBMIT_RESULT", "RESULT_SUBMITTED"},
            new Object[] {"ON_SCENE", "SUBMIT_RESULT", "RESULT_SUBMITTED"},
            new Object[] {"REPORTED", "SUBMIT_RESULT", "RESULT_SUBMITTED"},
            new Object[] {"REOPENED", "SUBMIT_RESULT", "RESULT_SUBMITTED"},
            new Object[] {"RESULT_SUBMITTED", "CONFIRM", "CONFIRMED"},
            new Object[] {"CONFIRMED", "REPORT_BACK", "REPORTED_BACK"},
            new Object[] {"CONFIRMED", "REOPEN", "REOPENED"},
            new Object[] {"REPORTED_BACK", "REOPEN", "REOPENED"},
            new Object[] {"SIGNED", "PULL_VIDEO", "SIGNED"},
            new Object[] {"CALLER_CONTACTED", "PULL_VIDEO", "CALLER_CONTACTED"},
            new Object[] {"SIGNED", "DEPART", "SIGNED"},
            new Object[] {"CALLER_CONTACTED", "DEPART", "CALLER_CONTACTED"},
            new Object[] {"SIGNED", "REQUEST_EXTENSION", "SIGNED"},
            new Object[] {"CALLER_CONTACTED", "REQUEST_EXTENSION", "CALLER_CONTACTED"},
            new Object[] {"ON_SCENE", "REQUEST_EXTENSION", "ON_SCENE"},
            new Object[] {"REPORTED", "REQUEST_EXTENSION", "REPORTED"},
            new Object[] {"REOPENED", "REQUEST_EXTENSION", "REOPENED"},
            new Object[] {"SIGNED", "REQUEST_MORE_UNITS", "SIGNED"},
            new Object[] {"CALLER_CONTACTED", "REQUEST_MORE_UNITS", "CALLER_CONTACTED"},
            new Object[] {"ON_SCENE", "REQUEST_MORE_UNITS", "ON_SCENE"},
            new Object[] {"REPORTED", "REQUEST_MORE_UNITS", "REPORTED"},
            new Object[] {"REOPENED", "REQUEST_MORE_UNITS", "REOPENED"},
            new Object[] {"CALLER_CONTACTED", "RECORD_POLICE_HANDOVER", "CALLER_CONTACTED"},
            new Object[] {"ON_SCENE", "RECORD_POLICE_HANDOVER", "ON_SCENE"},
            new Object[] {"REPORTED", "RECORD_POLICE_HANDOVER", "REPORTED"});

    static Stream<Arguments> legalMoves() {
        return LEGAL.stream().map(m -> Arguments.of(InstructionStatus.valueOf((String) m[0]),
                InstructionAction.valueOf((String) m[1]), InstructionStatus.valueOf((String) m[2])));
    }

    static Stream<Arguments> illegalMoves() {
        List<Arguments> illegal = new ArrayList<>();
        for (InstructionStatus status : InstructionStatus.values()) {
            for (InstructionAction action : InstructionAction.values()) {
                boolean legal = LEGAL.stream().anyMatch(m -> m[0].equals(status.name()) && m[1].equals(action.name()));
                if (!legal) {
                    illegal.add(Arguments.of(status, action));
                }
            }
        }
        return illegal.stream();
    }

    @ParameterizedTest(name = "{0} --{1}--> {2}")
    @MethodSource("legalMoves")
    void everyLegalMoveLeadsWhereTheLifecycleSays(InstructionStatus from, InstructionAction action,
                                                  InstructionStatus to) {
        assertThat(InstructionLifecycle.next(from, action)).contains(to);
        assertThat(InstructionLifecycle.allowedFrom(from)).contains(action);
    }

    @ParameterizedTest(name = "{0} --{1}--> refused")
    @MethodSource("illegalMoves")
    void everyOtherMoveIsRefused(InstructionStatus from, InstructionAction action) {
        assertThat(InstructionLifecycle.next(from, action)).isEmpty();
        assertThat(InstructionLifecycle.allowedFrom(from)).doesNotContain(action);
    }

    @Test
    void aReturnedInstructionIsFinishedForItsUnit() {
        assertThat(InstructionLifecycle.allowedFrom(InstructionStatus.RETURNED)).isEmpty();
    }

    @Test
    void theWholeHappyPathOfAJointCase() {
        InstructionStatus status = InstructionStatus.DISPATCHED;
        for (InstructionAction action : List.of(InstructionAction.SIGN, InstructionAction.CONTACT_CALLER,
                InstructionAction.ARRIVE, InstructionAction.RECORD_POLICE_HANDOVER, InstructionAction.REPORT,
                InstructionAction.SUBMIT_RESULT, InstructionAction.CONFIRM, InstructionAction.REPORT_BACK)) {
            status = InstructionLifecycle.next(status, action).orElseThrow(() -> new AssertionError(action));
        }
        assertThat(status).isEqualTo(InstructionStatus.REPORTED_BACK);
    }
}

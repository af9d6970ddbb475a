package org.linkage110.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class OrderLifecycleTest {

    /** Every legal move of an order, written out by hand from 003 §4 and 000: status, move → status. */
    private static final List<String[]> LEGAL = List.of(
            new String[] {"RECEIVED", "PROPOSE", "AWAITING_ASSESSMENT"},
            new String[] {"AWAITING_ASSESSMENT", "DISPATCH", "DISPATCHED"},
            new String[] {"AWAITING_ASSESSMENT", "DIVERT", "DIVERTED_TO_12345"},
            new String[] {"AWAITING_ASSESSMENT", "SEND_TO_POLICE", "SENT_TO_POLICE"},
            new String[] {"NEEDS_REASSESSMENT", "DISPATCH", "DISPATCHED"},
            new String[] {"NEEDS_REASSESSMENT", "DIVERT", "DIVERTED_TO_12345"},
            new String[] {"NEEDS_REASSESSMENT", "SEND_TO_POLICE", "SENT_TO_POLICE"},
            new String[] {"DISPATCHED", "START_HANDLING", "IN_HANDLING"},
            new String[] {"DIVERTED_TO_12345", "START_HANDLING", "IN_HANDLING"},
            new String[] {"DISPATCHED", "LEAD_RETURNED", "NEEDS_REASSESSMENT"},
            new String[] {"DIVERTED_TO_12345", "LEAD_RETURNED", "NEEDS_REASSESSMENT"},
            new String[] {"IN_HANDLING", "LEAD_RETURNED", "NEEDS_REASSESSMENT"},
            new String[] {"REOPENED", "LEAD_RETURNED", "NEEDS_REASSESSMENT"},
            new String[] {"IN_HANDLING", "RESULTS_IN", "RESULTS_IN"},
            new String[] {"REOPENED", "RESULTS_IN", "RESULTS_IN"},
            new String[] {"RESULTS_IN", "MORE_WORK", "IN_HANDLING"},
            new String[] {"RESULTS_IN", "CLOSE", "CLOSED"},
            new String[] {"CLOSED", "REOPEN", "REOPENED"});

    static Stream<Arguments> legalMoves() {
        return LEGAL.stream().map(m -> Arguments.of(OrderStatus.valueOf(m[0]), OrderMove.valueOf(m[1]),
                OrderStatus.valueOf(m[2])));
    }

    static Stream<Arguments> illegalMoves() {
        List<Arguments> illegal = new ArrayList<>();
        for (OrderStatus status : OrderStatus.values()) {
            for (OrderMove move : OrderMove.values()) {
                if (LEGAL.stream().noneMatch(m -> m[0].equals(status.name()) && m[1].equals(move.name()))) {
                    illegal.add(Arguments.of(status, move));
                }
            }
        }
        return illegal.stream();
    }

    @ParameterizedTest(name = "{0} --{1}--> {2}")
    @MethodSource("legalMoves")
    void everyLegalMoveLeadsWhereTheLifecycleSays(OrderStatus from, OrderMove move, OrderStatus to) {
        assertThat(OrderLifecycle.next(from, move)).contains(to);
        assertThat(OrderLifecycle.allowedFrom(from)).contains(move);
    }

    @ParameterizedTest(name = "{0} --{1}--> refused")
    @MethodSource("illegalMoves")
    void everyOtherMoveIsRefused(OrderStatus from, OrderMove move) {
        assertThat(OrderLifecycle.next(from, move)).isEmpty();
        assertThat(OrderLifecycle.allowedFrom(from)).doesNotContain(move);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("statuses")
    void onlyTheEndsAreNotOpenAndNothingLeavesThemButAReopen(OrderStatus status) {
        boolean end = status == OrderStatus.CLOSED || status == OrderStatus.SENT_TO_POLICE;
        assertThat(status.open()).isEqualTo(!end);
        if (status == OrderStatus.SENT_TO_POLICE) {
            assertThat(OrderLifecycle.allowedFrom(status)).isEmpty();
        }
    }

    static Stream<OrderStatus> statuses() {
        return Stream.of(OrderStatus.values());
    }
}

package org.linkage110.supervision.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.linkage110.supervision.DisputedItem;
import org.linkage110.supervision.internal.DisputedItems.Returns;

class DisputedItemsTest {

    private final List<Long> asked = new ArrayList<>();

    private Map<Long, String> texts(List<Long> instructions) {
        asked.addAll(instructions);
        return Map.of(5L, "不属于本单位职责", 10L, "应由街道处置", 12L, "应由街道处置", 3L, "  ", 20L, "另案处理");
    }

    @Test
    void itemsAtTheMinimumAreListedMostSentBackFirstWithTheirUnitsAndTheirReasonsFirstGivenFirst() {
        List<DisputedItem> listed = DisputedItems.listed(List.of(
                new Returns("020101", "U2", "k1", 2, 10),
                new Returns("020101", "U1", "k2", 1, 5),
                new Returns("020101", "U1", "k1", 1, 12),
                new Returns("030201", "U3", null, 1, 7),
                new Returns("040101", "U1", "k3", 3, 3),
                new Returns("010101", "U4", "k4", 3, 20)), 3, this::texts);

        assertThat(listed).containsExactly(
                new DisputedItem("020101", 4, List.of("U1", "U2"), List.of("不属于本单位职责", "应由街道处置")),
                new DisputedItem("010101", 3, List.of("U4"), List.of("另案处理")),
                // a blank reason is no reason
                new DisputedItem("040101", 3, List.of("U1"), List.of()));
        // one text per item and reason, from the instruction that gave it first; none of items not listed
        assertThat(asked).containsExactlyInAnyOrder(5L, 10L, 3L, 20L);
    }

    @Test
    void aPeriodWithoutReturnsListsNothingAndReadsNoReason() {
        assertThat(DisputedItems.listed(List.of(), 1, this::texts)).isEmpty();
        assertThat(DisputedItems.listed(List.of(new Returns("020101", "U1", null, 1, 9)), 1, this::texts))
                .containsExactly(new DisputedItem("020101", 1, List.of("U1"), List.of()));
        assertThat(asked).isEmpty();
    }
}

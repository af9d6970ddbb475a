package org.linkage110.supervision.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class CallbackQueueTest {

    @Test
    void allOrdersWhenTheShareIsOne() {
        assertThat(LongStream.rangeClosed(1, 1000).allMatch(id -> CallbackQueue.picked(id, 1))).isTrue();
    }

    @Test
    void aShareIsSpreadEvenlyAndStablyOverConsecutiveOrders() {
        long picked = LongStream.rangeClosed(1, 10_000).filter(id -> CallbackQueue.picked(id, 0.3)).count();
        assertThat(picked).isBetween(2_700L, 3_300L);
        assertThat(CallbackQueue.picked(4711, 0.3)).isEqualTo(CallbackQueue.picked(4711, 0.3));
        assertThat(LongStream.rangeClosed(1, 1000).noneMatch(id -> CallbackQueue.picked(id, 0))).isTrue();
    }
}

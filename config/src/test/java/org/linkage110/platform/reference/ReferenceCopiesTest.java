package org.linkage110.platform.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ReferenceCopiesTest {

    private final AtomicLong now = new AtomicLong(1_000);
    private final ReferenceCopies copies = new ReferenceCopies(now::get);
    private final AtomicInteger reads = new AtomicInteger();

    private String read(String value) {
        reads.incrementAndGet();
        return value;
    }

    @Test
    void aKeptCopyServesUntilItsKindChanges() {
        assertThat(copies.of("responsibility", "C01-01", () -> read("URBAN"))).isEqualTo("URBAN");
        assertThat(copies.of("responsibility", "C01-01", () -> read("other"))).isEqualTo("URBAN");
        assertThat(reads).hasValue(1);

        copies.onChange(new ReferenceDataChanged("responsibility"));
        assertThat(copies.of("responsibility", "C01-01", () -> read("HOUSING"))).isEqualTo("HOUSING");
        assertThat(reads).hasValue(2);
    }

    @Test
    void aChangeOfOneKindLeavesTheOthersCopies() {
        copies.of("responsibility", "C01-01", () -> read("URBAN"));
        copies.of("linkage-unit", "URBAN", () -> read("DEPARTMENT"));
        copies.onEnded(new ReferenceDataChanged("linkage-unit", true));

        assertThat(copies.of("responsibility", "C01-01", () -> read("changed"))).isEqualTo("URBAN");
        assertThat(copies.of("linkage-unit", "URBAN", () -> read("TOWN"))).isEqualTo("TOWN");
        assertThat(reads).hasValue(3);
    }

    @Test
    void aCopyReadWhileItsKindIsBeingChangedIsNotKept() {
        // the change is made (not yet committed) while the copy is read: what was read may be either side of it
        assertThat(copies.of("taxonomy-item", "C01-01", () -> {
            copies.onChange(new ReferenceDataChanged("taxonomy-item"));
            return read("read during the change");
        })).isEqualTo("read during the change");
        assertThat(copies.of("taxonomy-item", "C01-01", () -> read("after"))).isEqualTo("after");
        assertThat(reads).hasValue(2);
    }

    @Test
    void aCopyIsReadAgainAfterItsMaximumAgeAndNothingIsKeptOfAReadOfNothing() {
        copies.of("grid", "G1", () -> read("one"));
        now.addAndGet(ReferenceCopies.MAX_AGE.toNanos() - 1);
        assertThat(copies.of("grid", "G1", () -> read("two"))).isEqualTo("one");
        now.addAndGet(1);
        assertThat(copies.of("grid", "G1", () -> read("three"))).isEqualTo("three");

        assertThat(copies.of("grid", "G2", () -> read(null))).isNull();
        assertThat(copies.of("grid", "G2", () -> read("now there"))).isEqualTo("now there");
        assertThat(reads).hasValue(4);
    }
}

package org.linkage110.platform.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.linkage110.platform.AuditedChange;

class AuditChainCheckTest {

    private static final long START = 41;

    /** A chain of five events as the head writes them: ids 41 to 45. */
    private final List<AuditEvent> chain = new ArrayList<>();
    private String lastHash;

    @BeforeEach
    void writeAChain() {
        String previous = AuditHash.GENESIS;
        for (long id = START; id < START + 5; id++) {
            AuditEvent event = new AuditEvent(id, previous, Instant.parse("2026-12-01T00:00:00Z").plusSeconds(id),
                    "admin", new AuditedChange("test.step", "probe", "p" + id, null, "{\"n\":" + id + "}"));
            chain.add(event);
            previous = event.hash();
        }
        lastHash = previous;
    }

    @Test
    void anUntouchedChainHolds() {
        AuditChainCheck check = walk(chain);
        check.end(START + 4, lastHash);
        assertThat(check.broken()).isEmpty();
        assertThat(check.checked()).isEqualTo(5);
    }

    @Test
    void aRowWhoseFieldsChangedIsReportedAtItsId() {
        AuditChainCheck check = new AuditChainCheck(START);
        for (AuditEvent e : chain) {
            String recomputed = e.id() == 43 ? "f".repeat(64) : e.recomputedHash();
            check.next(e.id(), e.previousHash(), e.hash(), recomputed);
        }
        check.end(START + 4, lastHash);
        assertThat(check.broken()).hasValueSatisfying(b -> {
            assertThat(b.id()).isEqualTo(43);
            assertThat(b.problem()).contains("changed after it was written");
        });
        assertThat(check.checked()).isEqualTo(3);
    }

    @Test
    void aRowRehashedAfterAChangeBreaksTheLinkOfTheNextOne() {
        AuditChainCheck check = new AuditChainCheck(START);
        for (AuditEvent e : chain) {
            String hash = e.id() == 43 ? "e".repeat(64) : e.hash();
            String recomputed = e.id() == 43 ? hash : e.recomputedHash();
            check.next(e.id(), e.previousHash(), hash, recomputed);
        }
        assertThat(check.broken()).hasValueSatisfying(b -> {
            assertThat(b.id()).isEqualTo(44);
            assertThat(b.problem()).contains("prev_hash").contains("e".repeat(64));
        });
    }

    @Test
    void aDeletedRowIsReportedAtTheOneAfterIt() {
        List<AuditEvent> without = new ArrayList<>(chain);
        without.remove(2);
        assertThat(walk(without).broken()).hasValueSatisfying(b -> {
            assertThat(b.id()).isEqualTo(44);
            assertThat(b.problem()).isEqualTo("event 43 is missing before it");
        });
    }

    @Test
    void rowsMissingAtTheEndAreReportedAgainstTheHead() {
        AuditChainCheck check = walk(chain.subList(0, 3));
        check.end(START + 4, lastHash);
        assertThat(check.broken()).hasValueSatisfying(b -> assertThat(b.id()).isEqualTo(44));
    }

    @Test
    void aHeadThatDoesNotNameTheLastHashIsReported() {
        AuditChainCheck check = walk(chain);
        check.end(START + 4, "0".repeat(64));
        assertThat(check.broken()).hasValueSatisfying(b -> {
            assertThat(b.id()).isEqualTo(45);
            assertThat(b.problem()).contains("head");
        });
    }

    @Test
    void aChainWithoutEventsHoldsWhenTheHeadIsWhereItStarted() {
        AuditChainCheck check = new AuditChainCheck(START);
        check.end(START - 1, AuditHash.GENESIS);
        assertThat(check.broken()).isEmpty();
        assertThat(check.checked()).isZero();
    }

    private static AuditChainCheck walk(List<AuditEvent> events) {
        AuditChainCheck check = new AuditChainCheck(START);
        events.forEach(e -> check.next(e.id(), e.previousHash(), e.hash(), e.recomputedHash()));
        return check;
    }
}

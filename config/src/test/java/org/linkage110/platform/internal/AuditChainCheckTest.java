package org.linkage110.platform.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.linkage110.platform.AuditedChange;

class AuditChainCheckTest {

    private static final long START = 101;

    /** Five events, ids 41 to 45, sealed out of their ids' order (as commits come) at places 101 to 105. */
    private final List<AuditEvent> events = new ArrayList<>();
    private final List<AuditSeal> seals = new ArrayList<>();
    private String lastHash;

    @BeforeEach
    void sealAChain() {
        for (long id : new long[] {41, 43, 42, 44, 45}) {
            events.add(new AuditEvent(id, Instant.parse("2026-12-01T00:00:00Z").plusSeconds(id), "admin",
                    new AuditedChange("test.step", "probe", "p" + id, null, "{\"n\":" + id + "}")));
        }
        String previous = AuditHash.GENESIS;
        long seq = START;
        for (AuditEvent event : events) {
            AuditSeal seal = new AuditSeal(seq++, event.id(), previous, event.hashAfter(previous), Instant.EPOCH);
            seals.add(seal);
            previous = seal.hash();
        }
        lastHash = previous;
    }

    @Test
    void anUntouchedChainHolds() {
        AuditChainCheck check = walk(seals, events);
        check.end(START + 4, lastHash);
        assertThat(check.broken()).isEmpty();
        assertThat(check.checked()).isEqualTo(5);
    }

    @Test
    void anEventWhoseFieldsChangedIsReportedAtItsId() {
        List<AuditEvent> changed = new ArrayList<>(events);
        changed.set(1, new AuditEvent(43, Instant.parse("2026-12-01T00:00:43Z"), "forger",
                new AuditedChange("test.step", "probe", "p43", null, "{\"n\":43}")));
        AuditChainCheck check = walk(seals, changed);
        check.end(START + 4, lastHash);
        assertThat(check.broken()).hasValueSatisfying(b -> {
            assertThat(b.id()).isEqualTo(43);
            assertThat(b.problem()).contains("changed after it was written");
        });
        assertThat(check.checked()).isEqualTo(2);
    }

    @Test
    void aSealRewrittenWithANewHashBreaksTheLinkOfTheNextOne() {
        List<AuditSeal> rewritten = new ArrayList<>(seals);
        AuditSeal second = seals.get(1);
        rewritten.set(1, new AuditSeal(second.seq(), second.eventId(), second.previousHash(), "e".repeat(64), Instant.EPOCH));
        AuditChainCheck check = new AuditChainCheck(START);
        for (int i = 0; i < rewritten.size(); i++) {
            AuditSeal seal = rewritten.get(i);
            String recomputed = i == 1 ? seal.hash() : events.get(i).hashAfter(seal.previousHash());
            check.next(seal.seq(), seal.eventId(), seal.previousHash(), seal.hash(), recomputed);
        }
        assertThat(check.broken()).hasValueSatisfying(b -> {
            assertThat(b.id()).isEqualTo(42);
            assertThat(b.problem()).contains("prev_hash").contains("e".repeat(64));
        });
    }

    @Test
    void aDeletedSealIsReportedAtTheEventAfterIt() {
        List<AuditSeal> without = new ArrayList<>(seals);
        without.remove(2);
        List<AuditEvent> rest = new ArrayList<>(events);
        rest.remove(2);
        assertThat(walk(without, rest).broken()).hasValueSatisfying(b -> {
            assertThat(b.id()).isEqualTo(44);
            assertThat(b.problem()).isEqualTo("seal 103 is missing before it");
        });
    }

    @Test
    void aDeletedEventIsReportedAtItsId() {
        AuditChainCheck check = new AuditChainCheck(START);
        for (int i = 0; i < seals.size(); i++) {
            AuditSeal seal = seals.get(i);
            check.next(seal.seq(), seal.eventId(), seal.previousHash(), seal.hash(),
                    seal.eventId() == 42 ? null : events.get(i).hashAfter(seal.previousHash()));
        }
        assertThat(check.broken()).hasValueSatisfying(b -> {
            assertThat(b.id()).isEqualTo(42);
            assertThat(b.problem()).contains("missing");
        });
    }

    @Test
    void sealsMissingAtTheEndAreReportedAgainstTheHead() {
        AuditChainCheck check = walk(seals.subList(0, 3), events.subList(0, 3));
        check.end(START + 4, lastHash);
        assertThat(check.broken()).hasValueSatisfying(b -> {
            assertThat(b.id()).isEqualTo(START + 3);
            assertThat(b.problem()).contains("ends at seal 105");
        });
    }

    @Test
    void aHeadThatDoesNotNameTheLastHashIsReported() {
        AuditChainCheck check = walk(seals, events);
        check.end(START + 4, "0".repeat(64));
        assertThat(check.broken()).hasValueSatisfying(b -> assertThat(b.problem()).contains("head"));
    }

    @Test
    void anEventOutsideTheChainAndAWaitingEventThatIsGoneAreReported() {
        AuditChainCheck outside = walk(seals, events);
        outside.end(START + 4, lastHash);
        outside.unchained(46);
        assertThat(outside.broken()).hasValueSatisfying(b -> {
            assertThat(b.id()).isEqualTo(46);
            assertThat(b.problem()).contains("behind the application's back");
        });
        AuditChainCheck gone = walk(seals, events);
        gone.waitingButMissing(47);
        assertThat(gone.broken()).hasValueSatisfying(b -> assertThat(b.id()).isEqualTo(47));
    }

    @Test
    void aChainWithoutSealsHoldsWhenTheHeadIsWhereItStarted() {
        AuditChainCheck check = new AuditChainCheck(START);
        check.end(START - 1, AuditHash.GENESIS);
        assertThat(check.broken()).isEmpty();
        assertThat(check.checked()).isZero();
    }

    private static AuditChainCheck walk(List<AuditSeal> seals, List<AuditEvent> events) {
        AuditChainCheck check = new AuditChainCheck(START);
        for (int i = 0; i < seals.size(); i++) {
            AuditSeal seal = seals.get(i);
            check.next(seal.seq(), seal.eventId(), seal.previousHash(), seal.hash(), events.get(i).hashAfter(seal.previousHash()));
        }
        return check;
    }
}

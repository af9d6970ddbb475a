package org.linkage110.platform.internal;

import java.util.Objects;
import java.util.Optional;

/**
 * The rule that the audit chain is unbroken: seals follow one another place by place, each names
 * the hash of the one before it, each one's event is still there and its fields still give the
 * seal's hash, and the last one is where the head says the chain ends. Fed the seals in order;
 * remembers the first broken link.
 */
public final class AuditChainCheck {

    /** The first link that does not hold: the event's id (the seal's place where no event is known) and what differs. */
    public record BrokenLink(long id, String problem) {
    }

    private long expectedSeq;
    private String expectedPreviousHash;
    private long checked;
    private BrokenLink broken;

    /** A check of the chain from its first seal, which links to {@link AuditHash#GENESIS}. */
    public AuditChainCheck(long startSeq) {
        this.expectedSeq = startSeq;
        this.expectedPreviousHash = AuditHash.GENESIS;
    }

    /**
     * The next seal in order: its place, the event it seals, the hashes written with it, and the
     * hash the event's fields give after that seal's previous hash (null when the event is gone).
     * Returns false once a link is broken (further seals are not looked at).
     */
    public boolean next(long seq, long eventId, String previousHash, String hash, String recomputedHash) {
        if (broken != null) {
            return false;
        }
        checked++;
        if (seq != expectedSeq) {
            return fail(eventId, seq > expectedSeq
                    ? "seal" + (seq - expectedSeq == 1 ? " " + expectedSeq + " is" : "s " + expectedSeq + " to " + (seq - 1) + " are")
                            + " missing before it"
                    : "its seal " + seq + " is out of order (expected " + expectedSeq + ")");
        }
        if (!Objects.equals(previousHash, expectedPreviousHash)) {
            return fail(eventId, "prev_hash " + previousHash + " is not the hash of the seal before it ("
                    + expectedPreviousHash + ")");
        }
        if (recomputedHash == null) {
            return fail(eventId, "the event sealed at " + seq + " is missing: it was deleted after it was written");
        }
        if (!Objects.equals(hash, recomputedHash)) {
            return fail(eventId, "its fields give the hash " + recomputedHash + ", not the row_hash " + hash
                    + " sealed with it: it was changed after it was written");
        }
        expectedSeq = seq + 1;
        expectedPreviousHash = hash;
        return true;
    }

    /** After the last seal up to the head: the head must name the last seal checked and its hash. */
    public void end(long headLastSeq, String headLastHash) {
        if (broken != null) {
            return;
        }
        long lastSeq = expectedSeq - 1;
        if (headLastSeq > lastSeq) {
            fail(lastSeq + 1, "the head says the chain ends at seal " + headLastSeq + ", but the seals from "
                    + (lastSeq + 1) + " on are missing");
        } else if (!Objects.equals(headLastHash, expectedPreviousHash)) {
            fail(headLastSeq, "the head's hash " + headLastHash + " is not the last seal's hash " + expectedPreviousHash);
        }
    }

    /** An event that belongs in the chain and is neither sealed nor waiting to be: written behind the application's back. */
    public void unchained(long eventId) {
        if (broken == null) {
            fail(eventId, "it is in the trail but not in the chain, and not waiting to be sealed: "
                    + "it was written behind the application's back");
        }
    }

    /** An event waiting to be sealed that is not in the trail. */
    public void waitingButMissing(long eventId) {
        if (broken == null) {
            fail(eventId, "it waits to be sealed but is missing: it was deleted after it was written");
        }
    }

    public long checked() {
        return checked;
    }

    public Optional<BrokenLink> broken() {
        return Optional.ofNullable(broken);
    }

    private boolean fail(long id, String problem) {
        broken = new BrokenLink(id, problem);
        return false;
    }
}

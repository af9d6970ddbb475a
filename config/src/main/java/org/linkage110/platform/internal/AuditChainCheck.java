package org.linkage110.platform.internal;

import java.util.Objects;
import java.util.Optional;

/**
 * The rule that the audit chain is unbroken: events follow one another id by id, each names the
 * hash of the one before it, each one's fields still give its hash, and the last one is where the
 * head says the chain ends. Fed the events in id order; remembers the first broken link.
 */
public final class AuditChainCheck {

    /** The first link that does not hold: the event's id and what differs. */
    public record BrokenLink(long id, String problem) {
    }

    private long expectedId;
    private String expectedPreviousHash;
    private long checked;
    private BrokenLink broken;

    /** A check of the chain from its first event, which links to {@link AuditHash#GENESIS}. */
    public AuditChainCheck(long startId) {
        this.expectedId = startId;
        this.expectedPreviousHash = AuditHash.GENESIS;
    }

    /** The next event by id. Returns false once a link is broken (further events are not looked at). */
    public boolean next(long id, String previousHash, String hash, String recomputedHash) {
        if (broken != null) {
            return false;
        }
        checked++;
        if (id != expectedId) {
            return fail(id, id > expectedId
                    ? "event" + (id - expectedId == 1 ? " " + expectedId + " is" : "s " + expectedId + " to " + (id - 1) + " are")
                            + " missing before it"
                    : "its id is out of order (expected " + expectedId + ")");
        }
        if (!Objects.equals(previousHash, expectedPreviousHash)) {
            return fail(id, "prev_hash " + previousHash + " is not the hash of the event before it ("
                    + expectedPreviousHash + ")");
        }
        if (!Objects.equals(hash, recomputedHash)) {
            return fail(id, "its fields give the hash " + recomputedHash + ", not the row_hash " + hash
                    + " written with it: it was changed after it was written");
        }
        expectedId = id + 1;
        expectedPreviousHash = hash;
        return true;
    }

    /** After the last event up to the head: the head must name the last event checked and its hash. */
    public void end(long headLastId, String headLastHash) {
        if (broken != null) {
            return;
        }
        long lastId = expectedId - 1;
        if (headLastId > lastId) {
            fail(lastId + 1, "the head says the chain ends at event " + headLastId + ", but the events from "
                    + (lastId + 1) + " on are missing");
        } else if (!Objects.equals(headLastHash, expectedPreviousHash)) {
            fail(headLastId, "the head's hash " + headLastHash + " is not this event's hash " + expectedPreviousHash);
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

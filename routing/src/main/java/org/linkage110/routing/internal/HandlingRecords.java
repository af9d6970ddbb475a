package org.linkage110.routing.internal;

import org.linkage110.routing.RoutingProblem;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.linkage110.domain.Role;
import org.linkage110.platform.Accounts;
import org.linkage110.platform.AuditTrail;
import org.linkage110.platform.AuditedChange;
import org.linkage110.routing.ActionInput;
import org.linkage110.routing.HandlingRecordView.Kind;
import org.linkage110.routing.IllegalMoveException;
import org.linkage110.routing.InstructionAction;
import org.linkage110.routing.RoutingRefusedException;

/**
 * What a unit puts on record while handling: notes with its reports, extension requests (signed
 * off by the unit's head: at once when the head or the unit's system asks, else by the head
 * afterwards), requests for more units, police handovers.
 */
@Stateless
public class HandlingRecords {

    @Inject
    OrderBook book;

    @Inject
    Accounts accounts;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /** The record an action leaves, if any. */
    public void note(Instruction instruction, InstructionAction action, ActionInput input, Instant now) {
        switch (action) {
            case REPORT, CONTACT_CALLER -> {
                if (!OrderBook.blank(input.text())) {
                    record(instruction, Kind.NOTE, input, now);
                }
            }
            case REQUEST_EXTENSION -> record(instruction, Kind.EXTENSION, input, now);
            case REQUEST_MORE_UNITS -> record(instruction, Kind.MORE_UNITS, input, now);
            case RECORD_POLICE_HANDOVER -> record(instruction, Kind.POLICE_HANDOVER, input, now);
            default -> {
                // nothing to put on record
            }
        }
    }

    /** Whether an extension request waits for the unit's head or the office. */
    public boolean extensionOpen(long instructionId) {
        return book.recordsOf(List.of(instructionId)).stream()
                .anyMatch(r -> r.kind() == Kind.EXTENSION && (r.toView().pending() || r.toView().awaitingSignOff()));
    }

    private void record(Instruction instruction, Kind kind, ActionInput input, Instant now) {
        HandlingRecord record = new HandlingRecord(instruction.id(), kind, now, book.actor(), input.text(), null,
                kind == Kind.EXTENSION ? input.requestedDue() : null,
                kind == Kind.MORE_UNITS ? input.units() : List.of());
        if (kind == Kind.EXTENSION && book.callerIs(Role.Names.AGENCY)) {
            record.signedOff(book.actor(), input.headName().strip(), now);
        } else if (kind == Kind.EXTENSION && book.callerIs(Role.Names.UNIT_HEAD)) {
            record.signedOff(book.actor(), displayName(book.actor()), now);
        }
        book.persist(record);
        book.flush();
        audit.record(AuditedChange.created("routing.record." + kind.name().toLowerCase().replace('_', '-'),
                "instruction", instruction.id(), record.toJson()));
    }

    /**
     * The unit's head signs off (or turns down, with a note) an extension request an operator of
     * the unit made; signed off, it goes to the office.
     */
    public HandlingRecord signOff(HandlingRecord record, boolean approve, String note) {
        if (!record.awaitingSignOff()) {
            throw IllegalMoveException.illegal("this request is not waiting for its head's sign-off");
        }
        if (!approve && OrderBook.blank(note)) {
            throw RoutingRefusedException.of("note", RoutingProblem.WHY_TURNED_DOWN);
        }
        RoutingRefusedException.requireWithinTextLimit("note", note);
        Instant now = clock.instant();
        if (approve) {
            record.signedOff(book.actor(), displayName(book.actor()), now);
        } else {
            record.decide(false, book.actor(), now, note.strip());
        }
        audit.record(AuditedChange.created(approve ? "routing.record.signed-off" : "routing.record.turned-down",
                "instruction", record.instructionId(), record.toJson()));
        book.flush();
        return record;
    }

    private String displayName(String username) {
        return accounts.account(username).map(a -> a.displayNameZh()).orElse(username);
    }
}

package org.linkage110.routing.internal;

import org.linkage110.routing.RoutingProblem;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.linkage110.domain.IncidentId;
import org.linkage110.domain.event.OrderClosed;
import org.linkage110.domain.event.OrderReopened;
import org.linkage110.intake.Incidents;
import org.linkage110.platform.AuditTrail;
import org.linkage110.platform.AuditedChange;
import org.linkage110.routing.Channel;
import org.linkage110.routing.HandlingRecordView.Kind;
import org.linkage110.routing.IllegalMoveException;
import org.linkage110.routing.InstructionAction;
import org.linkage110.routing.InstructionStatus;
import org.linkage110.routing.NotFoundInRoutingException;
import org.linkage110.routing.OrderStatus;
import org.linkage110.routing.RoutingRefusedException;
import org.linkage110.routing.UnitRole;

/**
 * The office's decisions on an order in handling: a unit's request (an extension, more units),
 * a unit's result (the last confirmation closes the order and reports the result back), and a
 * reopening after a failed callback (the unit and the sending platform are told; the new result
 * deadline is a reopening's, not an extension's).
 */
@Stateless
public class OfficeDecisions {

    @Inject
    OrderBook book;

    @Inject
    StageScheduling stages;

    @Inject
    Dispatching dispatching;

    @Inject
    PlatformMessages messages;

    @Inject
    AuditTrail audit;

    @Inject
    Incidents incidents;

    @Inject
    Clock clock;

    @Inject
    Event<OrderClosed> closed;

    @Inject
    Event<OrderReopened> reopened;

    /** Accepts or refuses an extension (new deadline only if accepted) or a request for more units. */
    public HandlingRecord decide(long recordId, boolean accept, String note) {
        HandlingRecord record = book.em().find(HandlingRecord.class, recordId);
        if (record == null || (record.kind() != Kind.EXTENSION && record.kind() != Kind.MORE_UNITS)) {
            throw new NotFoundInRoutingException("request", recordId);
        }
        if (!accept && OrderBook.blank(note)) {
            throw RoutingRefusedException.of("text", RoutingProblem.WHY_REFUSED);
        }
        RoutingRefusedException.requireWithinTextLimit("text", note);
        if (record.awaitingSignOff()) {
            throw IllegalMoveException.illegal("the unit's head has not signed this request off yet");
        }
        Instruction instruction = book.instruction(record.instructionId());
        RoutingOrder order = book.order(instruction.incidentId());
        Instant now = clock.instant();
        record.decide(accept, book.actor(), now, note);
        if (accept && record.kind() == Kind.EXTENSION) {
            stages.extend(instruction, record.requestedDue());
        }
        if (accept && record.kind() == Kind.MORE_UNITS) {
            for (String unit : record.unitList()) {
                dispatching.sendTo(order, unit, UnitRole.CO, Channel.DIRECT, now);
            }
            OrderProgress.follow(order, book.instructionsOf(order.incidentId()));
        }
        audit.record(AuditedChange.created("routing.record.decided", "instruction", instruction.id(), record.toJson()));
        book.flush();
        book.changed(instruction.incidentId());
        return record;
    }

    /**
     * The office accepts a unit's result. Once every unit still on the order is confirmed the
     * result goes back to the platform the order came from (and to every repeat caller's), and the
     * order closes.
     */
    public Instruction confirm(long instructionId, Long expectedVersion) {
        Instruction instruction = book.instruction(instructionId);
        OrderBook.expect(expectedVersion, instruction.version());
        RoutingOrder order = book.order(instruction.incidentId());
        String before = instruction.toJson();
        Instant now = clock.instant();
        instruction.apply(InstructionAction.CONFIRM, now);
        book.flush();
        audit.record(new AuditedChange("routing.instruction.confirm", "instruction", String.valueOf(instructionId),
                before, instruction.toJson()));
        List<Instruction> all = book.instructionsOf(order.incidentId());
        if (order.status() == OrderStatus.RESULTS_IN && OrderProgress.allConfirmed(all)) {
            reportBack(order, all, now);
        }
        book.flush();
        book.changed(order.incidentId());
        return instruction;
    }

    private void reportBack(RoutingOrder order, List<Instruction> all, Instant now) {
        String orderBefore = order.toJson();
        int round = order.close(now);
        String result = all.stream().filter(i -> i.active() && i.role() == UnitRole.LEAD && i.resultText() != null)
                .map(Instruction::resultText).findFirst()
                .orElseGet(() -> all.stream().filter(Instruction::active).map(Instruction::resultText)
                        .filter(Objects::nonNull).findFirst().orElse(""));
        for (Instruction i : all) {
            if (i.status() == InstructionStatus.CONFIRMED) {
                String before = i.toJson();
                i.apply(InstructionAction.REPORT_BACK, now);
                audit.record(new AuditedChange("routing.instruction.report-back", "instruction", String.valueOf(i.id()),
                        before, i.toJson()));
            }
        }
        audit.record(new AuditedChange("routing.order.closed", "order", String.valueOf(order.incidentId()), orderBefore,
                order.toJson()));
        messages.result(order, result, now, round);
        incidents.close(new IncidentId(order.incidentId()));
        all.stream().filter(i -> i.active() && i.role() == UnitRole.LEAD).findFirst().ifPresent(lead ->
                closed.fire(new OrderClosed(new IncidentId(order.incidentId()), lead.id(), lead.unitCode(),
                        order.itemCode(), now, round)));
    }

    /** Handling starts again for this unit (a failed callback): a new result deadline from now. */
    public Instruction reopen(long instructionId, String reason) {
        if (OrderBook.blank(reason)) {
            throw RoutingRefusedException.of("text", RoutingProblem.WHY_REOPENED);
        }
        RoutingRefusedException.requireWithinTextLimit("text", reason);
        Instruction instruction = book.instruction(instructionId);
        RoutingOrder order = book.order(instruction.incidentId());
        String before = instruction.toJson();
        Instant now = clock.instant();
        instruction.apply(InstructionAction.REOPEN, now);
        instruction.reopened(reason);
        book.flush();
        stages.reopen(instruction, now);
        audit.record(new AuditedChange("routing.instruction.reopen", "instruction", String.valueOf(instructionId),
                before, instruction.toJson()));
        String orderBefore = order.toJson();
        if (order.status() == OrderStatus.CLOSED) {
            order.reopen();
            incidents.reopen(new IncidentId(order.incidentId()));
        } else {
            OrderProgress.follow(order, book.instructionsOf(order.incidentId()));
        }
        audit.record(new AuditedChange("routing.order.reopened", "order", String.valueOf(order.incidentId()),
                orderBefore, order.toJson()));
        Instant due = stages.resultDue(instruction).orElse(null);
        messages.reopened(order, instruction, reason, due);
        reopened.fire(new OrderReopened(new IncidentId(order.incidentId()), instruction.id(), instruction.unitCode(),
                reason, due, now));
        book.flush();
        book.changed(order.incidentId());
        return instruction;
    }
}

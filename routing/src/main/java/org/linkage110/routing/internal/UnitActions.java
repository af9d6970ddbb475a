package org.linkage110.routing.internal;

import org.linkage110.routing.RoutingProblem;
import org.linkage110.intake.CommonProblem;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.linkage110.domain.FieldLimits;
import org.linkage110.domain.IncidentId;
import org.linkage110.domain.Role;
import org.linkage110.domain.event.InstructionReturned;
import org.linkage110.intake.FieldProblem;
import org.linkage110.platform.AuditTrail;
import org.linkage110.platform.AuditedChange;
import org.linkage110.routing.ActionInput;
import org.linkage110.routing.HandlingRecordView.Kind;
import org.linkage110.routing.IllegalMoveException;
import org.linkage110.routing.InstructionAction;
import org.linkage110.routing.RoutingRefusedException;
import org.linkage110.routing.UnitRole;

/**
 * A handling party's actions on its instruction, each checked (the fields it needs, then what the
 * lifecycle and the instruction's kind allow: {@link ActionGuard}), with its stages, its record,
 * the order's move (a lead's return sends the order back to the office; a co-unit's leaves the
 * others working), the sending platform told of the lead's steps, and the audit entry.
 */
@Stateless
public class UnitActions {

    @Inject
    OrderBook book;

    @Inject
    StageScheduling stages;

    @Inject
    HandlingRecords records;

    @Inject
    Proposals proposals;

    @Inject
    PlatformMessages messages;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Inject
    Event<InstructionReturned> returned;

    public Instruction perform(Instruction instruction, InstructionAction action, ActionInput input, Long expectedVersion) {
        OrderBook.expect(expectedVersion, instruction.version());
        RoutingOrder order = book.order(instruction.incidentId());
        boolean extensionOpen = records.extensionOpen(instruction.id());
        List<FieldProblem> problems = requiredFields(action, input, instruction, extensionOpen);
        if (!problems.isEmpty()) {
            throw new RoutingRefusedException(problems);
        }
        ActionGuard.refusal(instruction, order.handlingClass(), extensionOpen, action).ifPresent(refusal -> {
            throw refusal;
        });
        String before = instruction.toJson();
        Instant now = clock.instant();
        instruction.apply(action, now);
        switch (action) {
            case SIGN -> instruction.signedBy(book.actor(), now);
            case RETURN -> instruction.returned(input.text().strip());
            case SUBMIT_RESULT -> instruction.result(input.text().strip());
            default -> {
                // the status is all that changes on the instruction itself
            }
        }
        book.flush();
        stages.afterAction(instruction, action, now);
        records.note(instruction, action, input, now);
        String orderBefore = order.toJson();
        if (action == InstructionAction.RETURN) {
            orderAfterReturn(order, instruction, input.text().strip());
        } else {
            OrderProgress.follow(order, book.instructionsOf(order.incidentId()));
        }
        if (!order.toJson().equals(orderBefore)) {
            audit.record(new AuditedChange("routing.order." + order.status().name().toLowerCase().replace('_', '-'),
                    "order", String.valueOf(order.incidentId()), orderBefore, order.toJson()));
        }
        tellThePlatform(order, instruction, action, input, now);
        audit.record(new AuditedChange("routing.instruction." + action.name().toLowerCase().replace('_', '-'),
                "instruction", String.valueOf(instruction.id()), before, instruction.toJson()));
        book.flush();
        book.changed(order.incidentId());
        return instruction;
    }

    private void orderAfterReturn(RoutingOrder order, Instruction instruction, String reason) {
        boolean lead = instruction.role() == UnitRole.LEAD;
        if (lead) {
            List<String> returnedUnits = new ArrayList<>(order.returnedUnits());
            returnedUnits.add(instruction.unitCode());
            order.leadReturned(instruction.unitCode(), reason, proposals.nextRound(order, returnedUnits));
        } else {
            order.coUnitReturned(instruction.unitCode(), reason);
        }
        returned.fire(new InstructionReturned(new IncidentId(order.incidentId()), instruction.id(),
                instruction.unitCode(), lead, reason));
    }

    private void tellThePlatform(RoutingOrder order, Instruction instruction, InstructionAction action,
                                 ActionInput input, Instant now) {
        PlatformMessages.Step step = switch (action) {
            case SIGN -> PlatformMessages.Step.SIGNED;
            case ARRIVE -> PlatformMessages.Step.ARRIVED;
            case REPORT -> PlatformMessages.Step.FIRST_REPORT;
            case SUBMIT_RESULT -> PlatformMessages.Step.RESULT_SUBMITTED;
            default -> null;
        };
        if (step != null) {
            messages.progress(order, instruction, step, action == InstructionAction.SIGN ? null : input.text(), now);
        }
    }

    private List<FieldProblem> requiredFields(InstructionAction action, ActionInput input, Instruction instruction,
                                              boolean extensionOpen) {
        List<FieldProblem> problems = new ArrayList<>();
        switch (action) {
            case RETURN, REPORT, SUBMIT_RESULT, RECORD_POLICE_HANDOVER -> requireText(problems, input);
            case REQUEST_EXTENSION -> problems.addAll(ExtensionRules.check(input, stages.resultDue(instruction),
                    extensionOpen, book.callerIs(Role.Names.AGENCY)));
            case REQUEST_MORE_UNITS -> {
                requireText(problems, input);
                if (input.units().isEmpty()) {
                    problems.add(RoutingProblem.UNITS_ASKED_FOR.at("units"));
                }
                input.units().stream().filter(code -> book.activeUnitOrNull(code) == null)
                        .forEach(code -> problems.add(CommonProblem.NO_UNIT.at("units", code)));
            }
            default -> {
                // nothing is required
            }
        }
        if (!FieldLimits.fits(input.text(), FieldLimits.TEXT)) {
            problems.add(CommonProblem.AT_MOST.at("text", FieldLimits.TEXT));
        }
        return problems;
    }

    private static void requireText(List<FieldProblem> problems, ActionInput input) {
        if (OrderBook.blank(input.text())) {
            problems.add(CommonProblem.REQUIRED.at("text"));
        }
    }
}

package org.linkage110.routing.internal;

import org.linkage110.routing.RoutingProblem;
import org.linkage110.intake.CommonProblem;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.linkage110.domain.DispatchMode;
import org.linkage110.domain.IncidentId;
import org.linkage110.domain.event.InstructionDispatched;
import org.linkage110.intake.FieldProblem;
import org.linkage110.intake.Incidents;
import org.linkage110.platform.AuditTrail;
import org.linkage110.platform.AuditedChange;
import org.linkage110.platform.Jsons;
import org.linkage110.routing.Channel;
import org.linkage110.routing.DispatchDecision;
import org.linkage110.routing.InstructionStatus;
import org.linkage110.routing.RoutingRefusedException;
import org.linkage110.routing.UnitRole;

/**
 * The office sends an order out: to units at once (one instruction each, all at the same moment),
 * to 12345 for its lead alone, or back to 110 as police business. After a lead's return only
 * units without an instruction still in hand get a new one; the co-units go on.
 */
@Stateless
public class Dispatching {

    @Inject
    OrderBook book;

    @Inject
    StageScheduling stages;

    @Inject
    PlatformMessages messages;

    @Inject
    AuditTrail audit;

    @Inject
    Incidents incidents;

    @Inject
    Clock clock;

    /** For webhooks to the units' own systems (observed in this transaction). */
    @Inject
    Event<InstructionDispatched> dispatched;

    public List<Instruction> dispatch(long incidentId, DispatchDecision decision, Long expectedVersion) {
        RoutingOrder order = book.order(incidentId);
        OrderBook.expect(expectedVersion, order.version());
        List<FieldProblem> problems = check(decision);
        boolean override = order.differsFromProposal(decision);
        if (override && OrderBook.blank(decision.reason())) {
            problems.add(RoutingProblem.OVERRIDE_REASON.at("reason"));
        } else if (order.suspectedPoliceBusiness() && OrderBook.blank(decision.reason())) {
            problems.add(PoliceBusinessRule.reasonMissing());
        }
        if (!org.linkage110.domain.FieldLimits.fits(decision.reason(), org.linkage110.domain.FieldLimits.TEXT)) {
            problems.add(CommonProblem.AT_MOST.at("reason", org.linkage110.domain.FieldLimits.TEXT));
        }
        problems.addAll(ReturnedUnitsAreNotChosenSilently.check(decision, order.returnedUnits()));
        if (!problems.isEmpty()) {
            throw new RoutingRefusedException(problems);
        }
        String before = order.toJson();
        Instant now = clock.instant();
        LinkageUnit lead = book.unit(decision.leadUnit());
        order.dispatch(decision, override, book.actor(), now, "SUB_DISTRICT".equals(lead.toView().kind()) ? lead.code() : null);
        String action = override ? "routing.order.overridden"
                : order.suspectedPoliceBusiness() ? "routing.order.dispatched-despite-police" : "routing.order.dispatched";
        audit.record(new AuditedChange(action, "order", String.valueOf(incidentId), before, order.toJson()));
        Channel channel = decision.dispatchMode() == DispatchMode.TO_HOTLINE_12345 ? Channel.HOTLINE_12345 : Channel.DIRECT;
        List<Instruction> sent = new ArrayList<>();
        promoteIfOnItAlready(order, decision.leadUnit(), now);
        sendTo(order, decision.leadUnit(), UnitRole.LEAD, channel, now).ifPresent(sent::add);
        for (String co : decision.coUnits()) {
            sendTo(order, co, UnitRole.CO, channel, now).ifPresent(sent::add);
        }
        OrderProgress.follow(order, book.instructionsOf(incidentId));
        book.flush();
        book.changed(incidentId);
        return sent;
    }

    private List<FieldProblem> check(DispatchDecision decision) {
        List<FieldProblem> problems = new ArrayList<>();
        if (decision.handlingClass() == null) {
            problems.add(CommonProblem.REQUIRED.at("handlingClass"));
        }
        if (decision.level() == null) {
            problems.add(CommonProblem.REQUIRED.at("level"));
        }
        if (decision.dispatchMode() == null) {
            problems.add(CommonProblem.REQUIRED.at("dispatchMode"));
        }
        LinkageUnit lead = book.activeUnitOrNull(decision.leadUnit());
        if (lead == null) {
            problems.add(RoutingProblem.LEAD_REQUIRED.at("leadUnit"));
        } else {
            TierThreeNeverLeads.check("leadUnit", lead).ifPresent(problems::add);
        }
        Set<String> seen = new LinkedHashSet<>();
        for (String co : decision.coUnits()) {
            if (book.activeUnitOrNull(co) == null) {
                problems.add(CommonProblem.NO_UNIT.at("coUnits", co));
            } else if (co.equals(decision.leadUnit()) || !seen.add(co)) {
                problems.add(CommonProblem.NAMED_TWICE.at("coUnits", co));
            }
        }
        problems.addAll(OnlyTheLeadGoesThrough12345.check(decision));
        return problems;
    }

    /** The new lead works on the order already as a co-unit: its instruction becomes the lead's. */
    private void promoteIfOnItAlready(RoutingOrder order, String lead, Instant now) {
        book.instructionsOf(order.incidentId()).stream()
                .filter(i -> i.active() && i.unitCode().equals(lead) && i.role() == UnitRole.CO
                        && i.status() != InstructionStatus.REPORTED_BACK)
                .findFirst().ifPresent(instruction -> {
                    String before = instruction.toJson();
                    instruction.promoteToLead(now);
                    audit.record(new AuditedChange("routing.instruction.promoted-to-lead", "instruction",
                            String.valueOf(instruction.id()), before, instruction.toJson()));
                });
    }

    /** An instruction for the unit, unless it has one in hand for this order already. */
    public Optional<Instruction> sendTo(RoutingOrder order, String unitCode, UnitRole role, Channel channel, Instant now) {
        boolean inHand = book.instructionsOf(order.incidentId()).stream()
                .anyMatch(i -> i.active() && i.unitCode().equals(unitCode) && i.status() != InstructionStatus.REPORTED_BACK);
        if (inHand) {
            return Optional.empty();
        }
        LinkageUnit unit = book.unit(unitCode);
        Instruction instruction = Instruction.dispatch(order.incidentId(), unitCode, channel, role, order.level(),
                unit.tier(), unit.deadlineClass(), order.dispatchRound(), now);
        stages.scheduleAtDispatch(instruction, unit);
        book.persist(instruction);
        book.flush();
        stages.persistSchedule(instruction, Optional.empty());
        audit.record(AuditedChange.created("routing.instruction.dispatched", "instruction", instruction.id(),
                instruction.toJson()));
        dispatched.fire(new InstructionDispatched(instruction.id(), new IncidentId(order.incidentId()), unitCode,
                role.name(), instruction.level().name(), channel.name(), now));
        if (channel == Channel.HOTLINE_12345) {
            messages.diverted(order, instruction);
        }
        return Optional.of(instruction);
    }

    /** Police business after all: back to 110, and the order is finished here. */
    public void sendToPolice(long incidentId, String reason, Long expectedVersion) {
        RoutingOrder order = book.order(incidentId);
        OrderBook.expect(expectedVersion, order.version());
        if (OrderBook.blank(reason)) {
            throw RoutingRefusedException.of("text", RoutingProblem.WHY_POLICE);
        }
        RoutingRefusedException.requireWithinTextLimit("text", reason);
        String before = order.toJson();
        order.sendToPolice(clock.instant());
        audit.record(new AuditedChange("routing.order.sent-to-police", "order", String.valueOf(incidentId), before,
                Jsons.createObjectBuilder().add("status", order.status().name()).add("reason", reason).build().toString()));
        messages.sentToPolice(order, reason);
        incidents.close(new IncidentId(incidentId));
        book.flush();
        book.changed(incidentId);
    }
}

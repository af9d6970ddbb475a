package org.linkage110.routing.internal;

import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import java.security.Principal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.linkage110.domain.DispatchMode;
import org.linkage110.domain.HandlingClass;
import org.linkage110.domain.IncidentId;
import org.linkage110.domain.IncidentSource;
import org.linkage110.domain.calendar.Stage;
import org.linkage110.domain.event.IncidentRecorded;
import org.linkage110.domain.event.InstructionDispatched;
import org.linkage110.domain.event.InstructionReopened;
import org.linkage110.domain.event.OrderClosed;
import org.linkage110.intake.FieldProblem;
import org.linkage110.intake.Incidents;
import org.linkage110.platform.AuditTrail;
import org.linkage110.platform.AuditedChange;
import org.linkage110.platform.Outbox;
import org.linkage110.routing.ActionInput;
import org.linkage110.routing.Channel;
import org.linkage110.routing.DispatchDecision;
import org.linkage110.routing.HandlingRecordView.Kind;
import org.linkage110.routing.IllegalMoveException;
import org.linkage110.routing.InstructionAction;
import org.linkage110.routing.InstructionStatus;
import org.linkage110.routing.InstructionView;
import org.linkage110.routing.NotFoundInRoutingException;
import org.linkage110.routing.OrderStatus;
import org.linkage110.routing.RoutingRefusedException;
import org.linkage110.routing.StageView;
import org.linkage110.routing.UnitRole;
import org.linkage110.routing.WorkingCalendar;

/**
 * The use cases of handling, behind routing's facades (which decide who may call what): propose,
 * dispatch, every lifecycle action of a unit, and the office's decisions. Each runs in one
 * transaction with its audit entries and outbox messages; a concurrent change of the same
 * instruction or order fails with a conflict instead of being overwritten.
 */
@Stateless
public class Handling {

    /** Message types sent to the other platforms through the outbox. */
    public static final String DIVERTED_ORDER = "diverted-orders";
    public static final String RESULT = "incident-results";
    public static final String POLICE_REFERRAL = "police-referrals";

    private static final Map<InstructionAction, Stage> STAGE_OF = Map.of(
            InstructionAction.SIGN, Stage.SIGN_FOR,
            InstructionAction.CONTACT_CALLER, Stage.CALLER_CONTACT,
            InstructionAction.PULL_VIDEO, Stage.VIDEO_PULL,
            InstructionAction.DEPART, Stage.DEPART,
            InstructionAction.ARRIVE, Stage.ARRIVE,
            InstructionAction.REPORT, Stage.FIRST_REPORT,
            InstructionAction.SUBMIT_RESULT, Stage.RESULT);

    private static final Set<InstructionAction> FIELD_ACTIONS = EnumSet.of(InstructionAction.CONTACT_CALLER,
            InstructionAction.PULL_VIDEO, InstructionAction.DEPART, InstructionAction.ARRIVE);

    @PersistenceContext(unitName = "routing")
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    Outbox outbox;

    @Inject
    Clock clock;

    @Inject
    Incidents incidents;

    @Inject
    WorkingCalendar calendar;

    @Resource
    SessionContext session;

    @Inject
    Event<OrderClosed> closed;

    /** For webhooks to the units' own systems (observed in this transaction). */
    @Inject
    Event<InstructionDispatched> dispatched;

    @Inject
    Event<InstructionReopened> reopened;

    // ---- assessment --------------------------------------------------------------------------

    public DecisionTable decisionTable() {
        return new DecisionTable(em.createNamedQuery(StoredRule.ALL, StoredRule.class).getResultStream()
                .map(StoredRule::toRule).toList());
    }

    /** Records a new order with the decision table's proposal and the units it would go to. */
    public RoutingOrder propose(IncidentRecorded recorded, String subDistrict) {
        var proposal = decisionTable().decide(RoutingOrder.facts(recorded));
        String item = recorded.categoryCode();
        UnitChoice units = UnitSelection.choose(proposal.handlingClass(), item == null ? null : listedLead(item),
                item == null ? List.of() : listedCoUnits(item), subDistrict, code -> unit(code).tier());
        RoutingOrder order = RoutingOrder.propose(recorded, subDistrict, proposal, units);
        em.persist(order);
        if (recorded.drill()) {
            em.persist(new DrillOrder(order.incidentId(), clock.instant()));
        }
        audit.record(AuditedChange.created("routing.order.proposed", "order", order.incidentId(), order.toJson()));
        return order;
    }

    private String listedLead(String item) {
        List<?> rows = em.createNativeQuery("SELECT lead_unit_code FROM routing_responsibility WHERE item_code = ?")
                .setParameter(1, item).getResultList();
        return rows.isEmpty() ? null : (String) rows.get(0);
    }

    @SuppressWarnings("unchecked")
    private List<String> listedCoUnits(String item) {
        return em.createNativeQuery("SELECT unit_code FROM routing_responsibility_co_unit WHERE item_code = ? "
                + "ORDER BY unit_code").setParameter(1, item).getResultList();
    }

    LinkageUnit unit(String code) {
        LinkageUnit unit = code == null ? null : em.find(LinkageUnit.class, code);
        if (unit == null) {
            throw RoutingRefusedException.of("unit", "no linkage unit " + code);
        }
        return unit;
    }

    public RoutingOrder order(long incidentId) {
        RoutingOrder order = em.find(RoutingOrder.class, incidentId);
        if (order == null) {
            throw new NotFoundInRoutingException("order", incidentId);
        }
        return order;
    }

    // ---- dispatch ----------------------------------------------------------------------------

    /**
     * Dispatches the order as decided: one instruction per unit, all at the same moment. After a
     * return only units without an instruction still in hand get a new one.
     */
    public List<Instruction> dispatch(long incidentId, DispatchDecision decision, Long expectedVersion) {
        RoutingOrder order = order(incidentId);
        expect(expectedVersion, order.version());
        if (order.status() != OrderStatus.AWAITING_ASSESSMENT && order.status() != OrderStatus.NEEDS_REASSESSMENT) {
            throw IllegalMoveException.illegal("the order is " + order.status() + "; only a new or returned order is dispatched");
        }
        List<FieldProblem> problems = check(decision);
        boolean override = order.differsFromProposal(decision);
        if (override && blank(decision.reason())) {
            problems.add(new FieldProblem("reason", "an override of the proposal needs a reason"));
        }
        if (!problems.isEmpty()) {
            throw new RoutingRefusedException(problems);
        }
        String before = order.toJson();
        Instant now = clock.instant();
        order.decide(decision, override, actor(), now);
        audit.record(new AuditedChange(override ? "routing.order.overridden" : "routing.order.dispatched", "order",
                String.valueOf(incidentId), before, order.toJson()));
        Channel channel = decision.dispatchMode() == DispatchMode.TO_HOTLINE_12345 ? Channel.HOTLINE_12345 : Channel.DIRECT;
        List<Instruction> sent = new ArrayList<>();
        sendTo(order, decision.leadUnit(), UnitRole.LEAD, channel, now).ifPresent(sent::add);
        for (String co : decision.coUnits()) {
            sendTo(order, co, UnitRole.CO, channel, now).ifPresent(sent::add);
        }
        flush();
        return sent;
    }

    private List<FieldProblem> check(DispatchDecision decision) {
        List<FieldProblem> problems = new ArrayList<>();
        if (decision.handlingClass() == null) {
            problems.add(new FieldProblem("handlingClass", "required"));
        }
        if (decision.level() == null) {
            problems.add(new FieldProblem("level", "required"));
        }
        if (decision.dispatchMode() == null) {
            problems.add(new FieldProblem("dispatchMode", "required"));
        }
        LinkageUnit lead = decision.leadUnit() == null ? null : em.find(LinkageUnit.class, decision.leadUnit());
        if (lead == null || !lead.active()) {
            problems.add(new FieldProblem("leadUnit", "a lead unit of the list is required"));
        } else if (!lead.tier().mayLeadFieldWork()) {
            problems.add(new FieldProblem("leadUnit", "a tier-3 unit supports only and never leads (003)"));
        }
        Set<String> seen = new LinkedHashSet<>();
        for (String co : decision.coUnits()) {
            LinkageUnit unit = co == null ? null : em.find(LinkageUnit.class, co);
            if (unit == null || !unit.active()) {
                problems.add(new FieldProblem("coUnits", "no linkage unit " + co));
            } else if (co.equals(decision.leadUnit()) || !seen.add(co)) {
                problems.add(new FieldProblem("coUnits", co + " is named twice"));
            }
        }
        if (decision.dispatchMode() == DispatchMode.TO_HOTLINE_12345 && !decision.coUnits().isEmpty()) {
            problems.add(new FieldProblem("coUnits", "an order diverted to 12345 goes to its lead unit alone"));
        }
        if (decision.handlingClass() == HandlingClass.JOINT_HANDLING
                && decision.dispatchMode() == DispatchMode.TO_HOTLINE_12345) {
            problems.add(new FieldProblem("dispatchMode", "joint handling is dispatched at once, not through 12345"));
        }
        return problems;
    }

    private Optional<Instruction> sendTo(RoutingOrder order, String unitCode, UnitRole role, Channel channel, Instant now) {
        boolean inHand = instructionsOf(order.incidentId()).stream()
                .anyMatch(i -> i.active() && i.unitCode().equals(unitCode) && i.status() != InstructionStatus.REPORTED_BACK);
        if (inHand) {
            return Optional.empty();
        }
        LinkageUnit unit = unit(unitCode);
        Instruction instruction = Instruction.dispatch(order.incidentId(), unitCode, channel, role, order.level(),
                unit.tier(), unit.deadlineClass(), order.dispatchRound(), now);
        em.persist(instruction);
        em.flush();
        schedule(instruction, Optional.empty()).forEach((stage, due) ->
                em.persist(new InstructionStage(instruction.id(), stage, due.toInstant())));
        audit.record(AuditedChange.created("routing.instruction.dispatched", "instruction", instruction.id(),
                instruction.toJson()));
        dispatched.fire(new InstructionDispatched(instruction.id(), new IncidentId(order.incidentId()), unitCode,
                role.name(), instruction.level().name(), channel.name(), now));
        if (channel == Channel.HOTLINE_12345 && !drill(order.incidentId())) {
            outbox.enqueue(Outbox.HOTLINE_12345, DIVERTED_ORDER, "diversion-" + instruction.id(),
                    divertedOrder(order, instruction));
        }
        return Optional.of(instruction);
    }

    private Map<Stage, ZonedDateTime> schedule(Instruction instruction, Optional<ZonedDateTime> signedAt) {
        DeadlineTable table = new DeadlineTable(deadlineRows(), calendar.current());
        ZonedDateTime dispatched = instruction.dispatchedAt().atZone(clock.getZone());
        return StagePlan.bindingOnly(table.schedule(instruction.level(), instruction.unitClass(), dispatched, signedAt),
                instruction.role(), instruction.tier(), instruction.unitClass(), instruction.channel());
    }

    private List<DeadlineTable.Row> deadlineRows() {
        List<?> rows = em.createNativeQuery("SELECT level, unit_class, stage, amount, unit FROM routing_deadline_rule")
                .getResultList();
        return rows.stream().map(r -> (Object[]) r).map(r -> DeadlineTable.Row.of(Map.of("level", String.valueOf(r[0]),
                "unit_class", (String) r[1], "stage", (String) r[2], "amount", String.valueOf(r[3]),
                "unit", (String) r[4]))).toList();
    }

    private static String divertedOrder(RoutingOrder order, Instruction instruction) {
        var task = order.task();
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("orderId", order.incidentId())
                .add("instructionId", instruction.id())
                .add("level", instruction.level().number())
                .add("responsibleUnit", instruction.unitCode())
                .add("receivedAt", task.receivedAt().toString())
                .add("address", task.address())
                .add("description", task.description());
        optional(json, "itemCode", task.itemCode());
        optional(json, "callerName", task.callerName());
        optional(json, "callerPhone", task.callerPhone());
        if (order.source() == IncidentSource.HOTLINE_12345) {
            optional(json, "externalNumber", order.externalNumber());
        }
        return json.build().toString();
    }

    /** Police business after all: back to 110, and the order is finished here. */
    public void sendToPolice(long incidentId, String reason, Long expectedVersion) {
        RoutingOrder order = order(incidentId);
        expect(expectedVersion, order.version());
        if (blank(reason)) {
            throw RoutingRefusedException.of("reason", "say why this is police business");
        }
        if (order.status() != OrderStatus.AWAITING_ASSESSMENT && order.status() != OrderStatus.NEEDS_REASSESSMENT) {
            throw IllegalMoveException.illegal("only an order not in handling goes back to 110; it is " + order.status());
        }
        String before = order.toJson();
        Instant now = clock.instant();
        order.sendToPolice(now);
        audit.record(new AuditedChange("routing.order.sent-to-police", "order", String.valueOf(incidentId), before,
                Json.createObjectBuilder().add("status", order.status().name()).add("reason", reason).build().toString()));
        JsonObjectBuilder message = Json.createObjectBuilder().add("orderId", incidentId).add("reason", reason)
                .add("address", order.task().address()).add("description", order.task().description());
        if (order.source() == IncidentSource.PLATFORM_110) {
            optional(message, "externalNumber", order.externalNumber());
        }
        if (!drill(incidentId)) {
            outbox.enqueue(Outbox.PLATFORM_110, POLICE_REFERRAL, "police-referral-" + incidentId,
                    message.build().toString());
        }
        incidents.close(new IncidentId(incidentId));
        flush();
    }

    // ---- a unit's actions ------------------------------------------------------------------------

    public Instruction instruction(long id) {
        Instruction instruction = em.find(Instruction.class, id);
        if (instruction == null) {
            throw new NotFoundInRoutingException("instruction", id);
        }
        return instruction;
    }

    /** One of the unit's actions, checked against the lifecycle, the required fields and the version seen. */
    public Instruction perform(Instruction instruction, InstructionAction action, ActionInput input, Long expectedVersion) {
        expect(expectedVersion, instruction.version());
        List<FieldProblem> problems = requiredFields(action, input, instruction);
        if (!problems.isEmpty()) {
            throw new RoutingRefusedException(problems);
        }
        if (FIELD_ACTIONS.contains(action) && !instruction.tier().mayLeadFieldWork()) {
            throw IllegalMoveException.illegal("a tier-3 unit supports only; it has no field work to record");
        }
        RoutingOrder order = order(instruction.incidentId());
        if (action == InstructionAction.RECORD_POLICE_HANDOVER && order.handlingClass() != HandlingClass.JOINT_HANDLING) {
            throw IllegalMoveException.illegal("a police handover belongs to joint handling only");
        }
        String before = instruction.toJson();
        Instant now = clock.instant();
        instruction.apply(action, now);
        switch (action) {
            case SIGN -> instruction.signedBy(actor(), now);
            case RETURN -> instruction.returned(input.text());
            case SUBMIT_RESULT -> instruction.result(input.text());
            default -> {
                // the status is all that changes on the instruction itself
            }
        }
        flush();
        List<InstructionStage> stages = stagesOf(List.of(instruction.id()));
        Stage stage = STAGE_OF.get(action);
        if (stage != null) {
            stages.stream().filter(s -> s.stage() == stage && s.open()).forEach(s -> s.done(now));
        }
        switch (action) {
            case SIGN -> {
                Set<Stage> existing = stages.stream().map(InstructionStage::stage).collect(Collectors.toSet());
                schedule(instruction, Optional.of(now.atZone(clock.getZone()))).forEach((s, due) -> {
                    if (!existing.contains(s)) {
                        em.persist(new InstructionStage(instruction.id(), s, due.toInstant()));
                    }
                });
            }
            case ARRIVE -> stages.stream().filter(s -> s.stage() == Stage.DEPART && s.open()).forEach(s -> s.done(now));
            case RETURN -> {
                stages.stream().filter(InstructionStage::open).forEach(s -> s.skipped(now));
                String orderBefore = order.toJson();
                order.needsReassessment();
                audit.record(new AuditedChange("routing.order.returned", "order", String.valueOf(order.incidentId()),
                        orderBefore, order.toJson()));
            }
            case SUBMIT_RESULT -> stages.stream().filter(InstructionStage::open).forEach(s -> s.skipped(now));
            case REPORT, CONTACT_CALLER -> {
                if (!blank(input.text())) {
                    record(instruction, Kind.NOTE, input, now);
                }
            }
            case REQUEST_EXTENSION -> record(instruction, Kind.EXTENSION, input, now);
            case REQUEST_MORE_UNITS -> record(instruction, Kind.MORE_UNITS, input, now);
            case RECORD_POLICE_HANDOVER -> record(instruction, Kind.POLICE_HANDOVER, input, now);
            default -> {
                // the status change and the stage are all there is to it
            }
        }
        audit.record(new AuditedChange("routing.instruction." + action.name().toLowerCase().replace('_', '-'),
                "instruction", String.valueOf(instruction.id()), before, instruction.toJson()));
        flush();
        return instruction;
    }

    private List<FieldProblem> requiredFields(InstructionAction action, ActionInput input, Instruction instruction) {
        List<FieldProblem> problems = new ArrayList<>();
        switch (action) {
            case RETURN, REPORT, SUBMIT_RESULT, RECORD_POLICE_HANDOVER -> requireText(problems, input);
            case REQUEST_EXTENSION -> {
                requireText(problems, input);
                if (blank(input.headName())) {
                    problems.add(new FieldProblem("headName", "the unit head who signed the request off is required"));
                }
                Optional<InstructionStage> result = stagesOf(List.of(instruction.id())).stream()
                        .filter(s -> s.stage() == Stage.RESULT).findFirst();
                if (input.requestedDue() == null) {
                    problems.add(new FieldProblem("requestedDue", "the deadline asked for is required"));
                } else if (result.isPresent() && !input.requestedDue().isAfter(result.get().dueAt())) {
                    problems.add(new FieldProblem("requestedDue", "must be later than the current deadline "
                            + result.get().dueAt()));
                }
                if (pendingOf(instruction.id(), Kind.EXTENSION)) {
                    problems.add(new FieldProblem("requestedDue", "an extension request is waiting for the office already"));
                }
            }
            case REQUEST_MORE_UNITS -> {
                requireText(problems, input);
                if (input.units().isEmpty()) {
                    problems.add(new FieldProblem("units", "name the units asked for"));
                }
                for (String code : input.units()) {
                    LinkageUnit unit = code == null ? null : em.find(LinkageUnit.class, code);
                    if (unit == null || !unit.active()) {
                        problems.add(new FieldProblem("units", "no linkage unit " + code));
                    }
                }
            }
            default -> {
                // nothing is required
            }
        }
        if (input.text() != null && input.text().length() > 2000) {
            problems.add(new FieldProblem("text", "at most 2000 characters"));
        }
        return problems;
    }

    private static void requireText(List<FieldProblem> problems, ActionInput input) {
        if (blank(input.text())) {
            problems.add(new FieldProblem("text", "required"));
        }
    }

    private boolean pendingOf(long instructionId, Kind kind) {
        return em.createNamedQuery(HandlingRecord.OF_INSTRUCTIONS, HandlingRecord.class)
                .setParameter("ids", List.of(instructionId)).getResultStream()
                .anyMatch(r -> r.kind() == kind && r.toView().pending());
    }

    private void record(Instruction instruction, Kind kind, ActionInput input, Instant now) {
        HandlingRecord record = new HandlingRecord(instruction.id(), kind, now, actor(), input.text(), input.headName(),
                kind == Kind.EXTENSION ? input.requestedDue() : null,
                kind == Kind.MORE_UNITS ? input.units() : List.of());
        em.persist(record);
        em.flush();
        audit.record(AuditedChange.created("routing.record." + kind.name().toLowerCase().replace('_', '-'),
                "instruction", instruction.id(), record.toJson()));
    }

    // ---- the office's decisions ----------------------------------------------------------------

    /** Accepts or refuses an extension (new deadline only if accepted) or a request for more units. */
    public HandlingRecord decide(long recordId, boolean accept, String note) {
        HandlingRecord record = em.find(HandlingRecord.class, recordId);
        if (record == null || (record.kind() != Kind.EXTENSION && record.kind() != Kind.MORE_UNITS)) {
            throw new NotFoundInRoutingException("request", recordId);
        }
        if (!accept && blank(note)) {
            throw RoutingRefusedException.of("note", "say why the request is refused");
        }
        Instruction instruction = instruction(record.instructionId());
        Instant now = clock.instant();
        record.decide(accept, actor(), now, note);
        if (accept && record.kind() == Kind.EXTENSION) {
            stagesOf(List.of(instruction.id())).stream().filter(s -> s.stage() == Stage.RESULT)
                    .forEach(s -> s.dueAgain(record.requestedDue(), true));
        }
        if (accept && record.kind() == Kind.MORE_UNITS) {
            RoutingOrder order = order(instruction.incidentId());
            for (String unit : record.unitList()) {
                sendTo(order, unit, UnitRole.CO, Channel.DIRECT, now);
            }
        }
        audit.record(AuditedChange.created("routing.record.decided", "instruction", instruction.id(), record.toJson()));
        flush();
        return record;
    }

    /**
     * The office accepts a unit's result. Once every instruction still in hand is confirmed the
     * result goes back to the platform the order came from, through the outbox, and the order closes.
     */
    public Instruction confirm(long instructionId, Long expectedVersion) {
        Instruction instruction = instruction(instructionId);
        expect(expectedVersion, instruction.version());
        String before = instruction.toJson();
        Instant now = clock.instant();
        instruction.apply(InstructionAction.CONFIRM, now);
        flush();
        audit.record(new AuditedChange("routing.instruction.confirm", "instruction", String.valueOf(instructionId),
                before, instruction.toJson()));
        RoutingOrder order = order(instruction.incidentId());
        List<Instruction> all = instructionsOf(order.incidentId());
        boolean finished = order.status() == OrderStatus.IN_HANDLING && all.stream().filter(Instruction::active)
                .allMatch(i -> i.status() == InstructionStatus.CONFIRMED || i.status() == InstructionStatus.REPORTED_BACK);
        if (finished) {
            reportBack(order, all, now);
        }
        flush();
        return instruction;
    }

    private void reportBack(RoutingOrder order, List<Instruction> all, Instant now) {
        String orderBefore = order.toJson();
        int round = order.close(now);
        String result = all.stream().filter(i -> i.active() && i.role() == UnitRole.LEAD && i.resultText() != null)
                .map(Instruction::resultText).findFirst()
                .orElseGet(() -> all.stream().filter(Instruction::active).map(Instruction::resultText)
                        .filter(t -> t != null).findFirst().orElse(""));
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
        String destination = switch (order.source()) {
            case PLATFORM_110 -> Outbox.PLATFORM_110;
            case HOTLINE_12345 -> Outbox.HOTLINE_12345;
            default -> null;
        };
        if (destination != null && !drill(order.incidentId())) {
            JsonObjectBuilder message = Json.createObjectBuilder()
                    .add("orderId", order.incidentId())
                    .add("handlingClass", order.handlingClass().name())
                    .add("leadUnit", order.leadUnit())
                    .add("result", result)
                    .add("closedAt", now.toString())
                    .add("resultRound", round);
            optional(message, "externalNumber", order.externalNumber());
            outbox.enqueue(destination, RESULT, "result-" + order.incidentId() + "-" + round, message.build().toString());
        }
        incidents.close(new IncidentId(order.incidentId()));
        all.stream().filter(i -> i.active() && i.role() == UnitRole.LEAD).findFirst().ifPresent(lead ->
                closed.fire(new OrderClosed(new IncidentId(order.incidentId()), lead.id(), lead.unitCode(),
                        order.itemCode(), now, round)));
    }

    /** Handling starts again for this unit (a failed callback): a new result deadline from now. */
    public Instruction reopen(long instructionId, String reason) {
        if (blank(reason)) {
            throw RoutingRefusedException.of("reason", "say why the order is reopened");
        }
        Instruction instruction = instruction(instructionId);
        String before = instruction.toJson();
        Instant now = clock.instant();
        instruction.apply(InstructionAction.REOPEN, now);
        instruction.reopened(reason);
        flush();
        DeadlineTable table = new DeadlineTable(deadlineRows(), calendar.current());
        var rule = table.rules(instruction.level(), instruction.unitClass()).get(Stage.RESULT);
        if (rule != null) {
            Instant due = rule.dueFrom(now.atZone(clock.getZone()), calendar.current()).toInstant();
            List<InstructionStage> stages = stagesOf(List.of(instructionId));
            stages.stream().filter(s -> s.stage() == Stage.RESULT).findFirst().ifPresentOrElse(
                    s -> s.dueAgain(due, false),
                    () -> em.persist(new InstructionStage(instructionId, Stage.RESULT, due)));
        }
        audit.record(new AuditedChange("routing.instruction.reopen", "instruction", String.valueOf(instructionId),
                before, instruction.toJson()));
        reopened.fire(new InstructionReopened(instructionId, new IncidentId(instruction.incidentId()),
                instruction.unitCode(), reason, now));
        RoutingOrder order = order(instruction.incidentId());
        if (order.status() == OrderStatus.CLOSED) {
            String orderBefore = order.toJson();
            order.reopen();
            audit.record(new AuditedChange("routing.order.reopened", "order", String.valueOf(order.incidentId()),
                    orderBefore, order.toJson()));
            incidents.reopen(new IncidentId(order.incidentId()));
        }
        flush();
        return instruction;
    }

    // ---- reading ------------------------------------------------------------------------------

    public List<Instruction> instructionsOf(long incidentId) {
        return em.createNamedQuery(Instruction.OF_ORDER, Instruction.class).setParameter("order", incidentId)
                .getResultList();
    }

    public List<InstructionStage> stagesOf(List<Long> instructionIds) {
        if (instructionIds.isEmpty()) {
            return List.of();
        }
        return em.createNamedQuery(InstructionStage.OF_INSTRUCTIONS, InstructionStage.class)
                .setParameter("ids", instructionIds).getResultList();
    }

    public List<HandlingRecord> recordsOf(List<Long> instructionIds) {
        if (instructionIds.isEmpty()) {
            return List.of();
        }
        return em.createNamedQuery(HandlingRecord.OF_INSTRUCTIONS, HandlingRecord.class)
                .setParameter("ids", instructionIds).getResultList();
    }

    /** Views of instructions with their stages and the call, read in three queries. */
    public List<InstructionView> views(List<Instruction> instructions) {
        Map<Long, List<StageView>> stages = stagesOf(instructions.stream().map(Instruction::id).toList()).stream()
                .collect(Collectors.groupingBy(InstructionStage::instructionId,
                        Collectors.mapping(InstructionStage::toView, Collectors.toList())));
        Map<Long, RoutingOrder> orders = new java.util.HashMap<>();
        return instructions.stream().map(i -> i.toView(stages.getOrDefault(i.id(), List.of()),
                orders.computeIfAbsent(i.incidentId(), this::order).task())).toList();
    }

    // ---- helpers --------------------------------------------------------------------------------

    /** A simulated alert: nothing about it leaves the platform. */
    private boolean drill(long incidentId) {
        return em.find(DrillOrder.class, incidentId) != null;
    }

    private void flush() {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new IllegalMoveException("changed by someone else at the same moment; read it again", true);
        }
    }

    private static void expect(Long expected, long actual) {
        if (expected != null && expected != actual) {
            throw IllegalMoveException.staleVersion(expected, actual);
        }
    }

    public String actor() {
        Principal caller = session.getCallerPrincipal();
        return caller == null || caller.getName() == null || "ANONYMOUS".equals(caller.getName())
                ? AuditTrail.SYSTEM : caller.getName();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static void optional(JsonObjectBuilder json, String name, String value) {
        if (value != null) {
            json.add(name, value);
        }
    }
}

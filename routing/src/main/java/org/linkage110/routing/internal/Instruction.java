package org.linkage110.routing.internal;

import java.util.Map;
import java.util.Optional;
import org.linkage110.domain.calendar.DeadlineRule;
import org.linkage110.domain.calendar.Stage;

import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.List;
import org.linkage110.domain.InstructionLevel;
import org.linkage110.domain.Tier;
import org.linkage110.platform.Jsons;
import org.linkage110.routing.Channel;
import org.linkage110.routing.IllegalMoveException;
import org.linkage110.routing.InstructionAction;
import org.linkage110.routing.InstructionLifecycle;
import org.linkage110.routing.InstructionStatus;
import org.linkage110.routing.InstructionView;
import org.linkage110.routing.StageView;
import org.linkage110.routing.TaskView;
import org.linkage110.routing.UnitRole;

/**
 * One unit's instruction. Every change goes through {@link #apply}, which consults the lifecycle
 * table; the version column makes a concurrent change of the same instruction fail instead of
 * overwriting it.
 */
@Entity
@Table(name = "routing_instruction")
@NamedQuery(name = Instruction.BY_IDS, query = "select i from Instruction i where i.id in :ids")
@NamedQuery(name = Instruction.OF_ORDER, query = "select i from Instruction i where i.incidentId = :order order by i.id")
@NamedQuery(name = Instruction.OF_UNIT, query = "select i from Instruction i where i.unitCode = :unit "
        + "and i.channel = :channel and i.status in :statuses order by i.dispatchedAt desc, i.id desc")
@NamedQuery(name = Instruction.OF_CHANNEL, query = "select i from Instruction i where i.channel = :channel "
        + "and i.status in :statuses order by i.dispatchedAt desc, i.id desc")
public class Instruction {

    public static final String BY_IDS = "Instruction.byIds";
    public static final String OF_ORDER = "Instruction.ofOrder";
    public static final String OF_UNIT = "Instruction.ofUnit";
    public static final String OF_CHANNEL = "Instruction.ofChannel";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "incident_id", nullable = false)
    private long incidentId;

    @Column(name = "unit_code", nullable = false, length = 40)
    private String unitCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Channel channel;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private UnitRole role;

    private int level;

    private int tier;

    @Column(name = "unit_class", nullable = false, length = 20)
    private String unitClass;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private InstructionStatus status;

    @Column(name = "dispatch_round")
    private int dispatchRound;

    @Column(name = "dispatched_at", nullable = false)
    private Instant dispatchedAt;

    @Column(name = "signed_at")
    private Instant signedAt;

    @Column(name = "signed_by", length = 100)
    private String signedBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "return_reason", columnDefinition = "TEXT")
    private String returnReason;

    @Column(name = "result_text", columnDefinition = "TEXT")
    private String resultText;

    @Column(name = "reopen_reason", columnDefinition = "TEXT")
    private String reopenReason;

    @Column(name = "deadline_rules", length = 400)
    private String deadlineRules;

    @Column(name = "steps_recorded", length = 100)
    private String stepsRecorded;

    protected Instruction() {
    }

    static Instruction dispatch(long incidentId, String unitCode, Channel channel, UnitRole role, InstructionLevel level,
                                Tier tier, String unitClass, int round, Instant at) {
        Instruction instruction = new Instruction();
        instruction.incidentId = incidentId;
        instruction.unitCode = unitCode;
        instruction.channel = channel;
        instruction.role = role;
        instruction.level = level.number();
        instruction.tier = tier.number();
        instruction.unitClass = unitClass;
        instruction.status = InstructionStatus.DISPATCHED;
        instruction.dispatchRound = round;
        instruction.dispatchedAt = at;
        instruction.updatedAt = at;
        return instruction;
    }

    /** Moves along the lifecycle or refuses; returns the status before. */
    InstructionStatus apply(InstructionAction action, Instant at) {
        InstructionStatus before = status;
        if (recorded(action)) {
            throw IllegalMoveException.alreadyRecorded(action);
        }
        status = InstructionLifecycle.next(status, action).orElseThrow(() -> IllegalMoveException.illegal(
                action + " is not allowed while the instruction is " + status));
        if (action == InstructionAction.REOPEN) {
            stepsRecorded = null; // a new handling records its steps anew
        } else if (OneTimeSteps.oneTime(action)) {
            java.util.Set<InstructionAction> steps = OneTimeSteps.decode(stepsRecorded);
            steps.add(action);
            stepsRecorded = OneTimeSteps.encode(steps);
        }
        updatedAt = at;
        return before;
    }

    /** Whether this one-time step is recorded in the current handling already ({@link OneTimeSteps}). */
    boolean recorded(InstructionAction action) {
        return OneTimeSteps.oneTime(action) && OneTimeSteps.decode(stepsRecorded).contains(action);
    }

    /** The deadline rules this instruction was sent with; they stay whatever the table says later. */
    void giveDeadlines(Map<Stage, DeadlineRule> rules) {
        deadlineRules = DeadlineTable.encode(rules);
    }

    /** The rules it was given; empty for an instruction sent before rules were kept (the table then applies). */
    Optional<Map<Stage, DeadlineRule>> givenDeadlines() {
        return Optional.ofNullable(deadlineRules).map(DeadlineTable::decode);
    }

    /** A co-unit already on the order becomes its lead (the lead sent the order back, and the office chose it). */
    void promoteToLead(Instant at) {
        if (role != UnitRole.CO || !active()) {
            throw IllegalMoveException.illegal("only a co-unit still on the order can be made its lead");
        }
        role = UnitRole.LEAD;
        updatedAt = at;
    }

    void signedBy(String who, Instant at) {
        signedBy = who;
        signedAt = at;
    }

    void returned(String reason) {
        returnReason = reason;
    }

    void result(String text) {
        resultText = text;
    }

    void reopened(String reason) {
        reopenReason = reason;
    }

    public long id() {
        return id;
    }

    public long version() {
        return version;
    }

    public long incidentId() {
        return incidentId;
    }

    public String unitCode() {
        return unitCode;
    }

    public Channel channel() {
        return channel;
    }

    public UnitRole role() {
        return role;
    }

    public InstructionLevel level() {
        return InstructionLevel.of(level);
    }

    public Tier tier() {
        return Tier.of(tier);
    }

    public String unitClass() {
        return unitClass;
    }

    public InstructionStatus status() {
        return status;
    }

    public Instant dispatchedAt() {
        return dispatchedAt;
    }

    public String resultText() {
        return resultText;
    }

    /** Still part of the order's handling (not sent back by its unit). */
    public boolean active() {
        return status != InstructionStatus.RETURNED;
    }

    /** The view, with the actions that will succeed now (see {@link ActionGuard}). */
    public InstructionView toView(List<StageView> stages, TaskView task, java.util.Set<InstructionAction> allowed) {
        return new InstructionView(id, incidentId, version, unitCode, channel, role, level(), tier(), status,
                dispatchedAt, signedAt, signedBy, stages, allowed, returnReason, resultText, reopenReason, task);
    }

    public String toJson() {
        JsonObjectBuilder json = Jsons.createObjectBuilder()
                .add("order", incidentId)
                .add("unit", unitCode)
                .add("channel", channel.name())
                .add("role", role.name())
                .add("level", level)
                .add("tier", tier)
                .add("status", status.name());
        if (signedBy != null) {
            json.add("signedBy", signedBy);
        }
        if (returnReason != null) {
            json.add("returnReason", returnReason);
        }
        if (resultText != null) {
            json.add("result", resultText);
        }
        if (reopenReason != null) {
            json.add("reopenReason", reopenReason);
        }
        if (stepsRecorded != null) {
            json.add("stepsRecorded", stepsRecorded);
        }
        return json.build().toString();
    }
}

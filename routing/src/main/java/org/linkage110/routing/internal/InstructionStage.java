package org.linkage110.routing.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import org.linkage110.domain.calendar.Stage;
import org.linkage110.routing.StageView;

/** The deadline of one stage of an instruction and how it was met. */
@Entity
@Table(name = "routing_instruction_stage")
@IdClass(InstructionStage.Key.class)
@NamedQuery(name = InstructionStage.OF_INSTRUCTIONS,
        query = "select s from InstructionStage s where s.instructionId in :ids order by s.dueAt")
@NamedQuery(name = InstructionStage.TO_WARN, query = "select s from InstructionStage s where s.doneAt is null "
        + "and s.warnedAt is null and s.dueAt <= :limit order by s.dueAt")
@NamedQuery(name = InstructionStage.TO_MARK_OVERDUE, query = "select s from InstructionStage s where s.doneAt is null "
        + "and s.overdueAt is null and s.dueAt < :limit order by s.dueAt")
@NamedQuery(name = InstructionStage.CLAIM_WARNING, query = "update InstructionStage s set s.warnedAt = :at "
        + "where s.instructionId = :id and s.stage = :stage and s.warnedAt is null and s.doneAt is null")
@NamedQuery(name = InstructionStage.CLAIM_OVERDUE, query = "update InstructionStage s set s.overdueAt = :at, "
        + "s.warnedAt = coalesce(s.warnedAt, :at) "
        + "where s.instructionId = :id and s.stage = :stage and s.overdueAt is null and s.doneAt is null")
public class InstructionStage {

    public static final String OF_INSTRUCTIONS = "InstructionStage.ofInstructions";
    public static final String TO_WARN = "InstructionStage.toWarn";
    public static final String TO_MARK_OVERDUE = "InstructionStage.toMarkOverdue";
    public static final String CLAIM_WARNING = "InstructionStage.claimWarning";
    public static final String CLAIM_OVERDUE = "InstructionStage.claimOverdue";

    /** Done: the stage was met. Skipped: the instruction ended (result, return) before it was. */
    public static final String DONE = "DONE";
    public static final String SKIPPED = "SKIPPED";

    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;

        public long instructionId;
        public Stage stage;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.instructionId == instructionId && k.stage == stage;
        }

        @Override
        public int hashCode() {
            return Objects.hash(instructionId, stage);
        }
    }

    @Id
    @Column(name = "instruction_id")
    private long instructionId;

    @Id
    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private Stage stage;

    @Column(name = "due_at", nullable = false)
    private Instant dueAt;

    @Column(name = "done_at")
    private Instant doneAt;

    @Column(length = 10)
    private String outcome;

    private boolean extended;

    @Column(name = "warned_at")
    private Instant warnedAt;

    @Column(name = "overdue_at")
    private Instant overdueAt;

    protected InstructionStage() {
    }

    InstructionStage(long instructionId, Stage stage, Instant dueAt) {
        this.instructionId = instructionId;
        this.stage = stage;
        this.dueAt = dueAt;
    }

    public long instructionId() {
        return instructionId;
    }

    public Stage stage() {
        return stage;
    }

    public Instant dueAt() {
        return dueAt;
    }

    public boolean open() {
        return doneAt == null;
    }

    void done(Instant at) {
        doneAt = at;
        outcome = DONE;
    }

    void skipped(Instant at) {
        doneAt = at;
        outcome = SKIPPED;
    }

    /** A new deadline (an accepted extension, or a reopened order) and the stage is open again. */
    void dueAgain(Instant due, boolean extension) {
        dueAt = due;
        doneAt = null;
        outcome = null;
        warnedAt = null;
        overdueAt = null;
        extended = extended || extension;
    }

    public StageView toView() {
        return new StageView(stage, dueAt, doneAt, outcome, extended);
    }
}

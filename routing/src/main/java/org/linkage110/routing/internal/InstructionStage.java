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

    /**
     * Done: the stage was met. Skipped: the instruction ended (result, return) before it was. Not
     * applicable: what the instruction came to makes the stage pointless (the note says why).
     */
    public static final String DONE = "DONE";
    public static final String SKIPPED = "SKIPPED";
    public static final String NOT_APPLICABLE = "NOT_APPLICABLE";

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

    @Column(length = 20)
    private String outcome;

    @Column(length = 200)
    private String note;

    private boolean extended;

    private boolean reopened;

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

    void skipped(Instant at, String why) {
        doneAt = at;
        outcome = SKIPPED;
        note = why;
    }

    void notApplicable(Instant at, String why) {
        doneAt = at;
        outcome = NOT_APPLICABLE;
        note = why;
    }

    /** An accepted extension: a new deadline, the stage open again, marked as extended. */
    void extendTo(Instant due) {
        dueAgain(due);
        extended = true;
    }

    /** A reopened order: a new deadline from the reopening, marked as such (not as an extension). */
    void reopenedUntil(Instant due) {
        dueAgain(due);
        reopened = true;
        extended = false;
    }

    private void dueAgain(Instant due) {
        dueAt = due;
        doneAt = null;
        outcome = null;
        note = null;
        warnedAt = null;
        overdueAt = null;
    }

    public StageView toView() {
        return new StageView(stage, dueAt, doneAt, outcome, extended, reopened, note);
    }
}

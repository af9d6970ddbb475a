package org.linkage110.routing.internal;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.linkage110.domain.calendar.DeadlineRule;
import org.linkage110.domain.calendar.Stage;
import org.linkage110.routing.InstructionAction;
import org.linkage110.routing.WorkingCalendar;

/**
 * The deadlines of instructions: scheduled from the rules an instruction was given at dispatch
 * (signing-based ones once signed), met by the unit's actions, closed when they no longer apply,
 * set anew by an accepted extension or a reopening.
 */
@Stateless
public class StageScheduling {

    @Inject
    OrderBook book;

    @Inject
    WorkingCalendar calendar;

    @Inject
    Clock clock;

    /** Gives a new instruction the table's rules for its level and class, as bind it, and schedules them. */
    public void scheduleAtDispatch(Instruction instruction, LinkageUnit unit) {
        instruction.giveDeadlines(StagePlan.bindingOnly(currentTable().rules(instruction.level(), unit.deadlineClass()),
                instruction.role(), unit.tier(), unit.deadlineClass(), instruction.channel()));
    }

    /** Persists the stages due so far (the dispatch-anchored ones; all of them once signed). */
    public void persistSchedule(Instruction instruction, Optional<Instant> signedAt) {
        Set<Stage> existing = book.stagesOf(List.of(instruction.id())).stream().map(InstructionStage::stage)
                .collect(Collectors.toSet());
        schedule(instruction, signedAt.map(at -> at.atZone(clock.getZone()))).forEach((stage, due) -> {
            if (!existing.contains(stage)) {
                book.persist(new InstructionStage(instruction.id(), stage, due.toInstant()));
            }
        });
    }

    /**
     * After an action: the stage it completes is met, the stages the instruction can no longer meet
     * are closed as not applicable (or skipped, when it ended), and signing schedules the rest.
     */
    public void afterAction(Instruction instruction, InstructionAction action, Instant now) {
        List<InstructionStage> stages = book.stagesOf(List.of(instruction.id()));
        StageApplicability.completedBy(action).ifPresent(done -> stages.stream()
                .filter(s -> s.stage() == done && s.open()).forEach(s -> s.done(now)));
        if (action == InstructionAction.ARRIVE) {
            stages.stream().filter(s -> s.stage() == Stage.DEPART && s.open()).forEach(s -> s.done(now));
        }
        boolean ended = StageApplicability.ended(instruction.status());
        for (InstructionStage stage : stages) {
            if (stage.open() && !StageApplicability.completable(stage.stage(), instruction.status())) {
                String why = StageApplicability.why(stage.stage(), instruction.status());
                if (ended) {
                    stage.skipped(now, why);
                } else {
                    stage.notApplicable(now, why);
                }
            }
        }
        if (action == InstructionAction.SIGN) {
            persistSchedule(instruction, Optional.of(now));
        }
    }

    /** An accepted extension: the result is due when asked. */
    public void extend(Instruction instruction, Instant due) {
        book.stagesOf(List.of(instruction.id())).stream().filter(s -> s.stage() == Stage.RESULT)
                .forEach(s -> s.extendTo(due));
    }

    /** A reopened order: the result is due anew from now, by the rule the instruction was given. */
    public void reopen(Instruction instruction, Instant now) {
        DeadlineRule rule = givenRules(instruction).get(Stage.RESULT);
        if (rule == null) {
            return;
        }
        Instant due = rule.dueFrom(now.atZone(clock.getZone()), calendar.current()).toInstant();
        book.stagesOf(List.of(instruction.id())).stream().filter(s -> s.stage() == Stage.RESULT).findFirst()
                .ifPresentOrElse(s -> s.reopenedUntil(due), () -> {
                    InstructionStage stage = new InstructionStage(instruction.id(), Stage.RESULT, due);
                    stage.reopenedUntil(due);
                    book.persist(stage);
                });
    }

    /** The current deadline of the result, if the instruction has one. */
    public Optional<Instant> resultDue(Instruction instruction) {
        return book.stagesOf(List.of(instruction.id())).stream().filter(s -> s.stage() == Stage.RESULT)
                .map(InstructionStage::dueAt).findFirst();
    }

    private Map<Stage, ZonedDateTime> schedule(Instruction instruction, Optional<ZonedDateTime> signedAt) {
        ZonedDateTime dispatched = instruction.dispatchedAt().atZone(clock.getZone());
        return DeadlineTable.schedule(givenRules(instruction), dispatched, signedAt, calendar.current());
    }

    /** The rules the instruction was sent with (the table's, for one sent before rules were kept). */
    private Map<Stage, DeadlineRule> givenRules(Instruction instruction) {
        return instruction.givenDeadlines().orElseGet(() -> StagePlan.bindingOnly(
                currentTable().rules(instruction.level(), instruction.unitClass()), instruction.role(),
                instruction.tier(), instruction.unitClass(), instruction.channel()));
    }

    private DeadlineTable currentTable() {
        List<?> rows = book.em().createNativeQuery("SELECT level, unit_class, stage, amount, unit "
                + "FROM routing_deadline_rule").getResultList();
        return new DeadlineTable(rows.stream().map(r -> (Object[]) r).map(r -> DeadlineTable.Row.of(Map.of(
                "level", String.valueOf(r[0]), "unit_class", (String) r[1], "stage", (String) r[2],
                "amount", String.valueOf(r[3]), "unit", (String) r[4]))).toList(), calendar.current());
    }
}

package org.linkage110.routing;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import org.linkage110.domain.calendar.Stage;
import org.linkage110.routing.internal.Instruction;
import org.linkage110.routing.internal.InstructionStage;

/**
 * The open deadlines of instructions, for the deadline watch: which stages are to be warned about
 * or marked overdue, and the claim that makes each happen once. Reads go through the indexes on
 * (done, warned/overdue, due), never over all instructions.
 */
@Stateless
public class Deadlines {

    @PersistenceContext(unitName = "routing")
    EntityManager em;

    /** Open stages due by {@code horizon} that were neither warned about nor marked overdue, earliest first. */
    public List<DueStage> toWarn(Instant horizon, int max) {
        return due(InstructionStage.TO_WARN, horizon, max);
    }

    /** Open stages due before {@code now} not yet marked overdue, earliest first. */
    public List<DueStage> toMarkOverdue(Instant now, int max) {
        return due(InstructionStage.TO_MARK_OVERDUE, now, max);
    }

    /**
     * Claims the warning of a stage; true for exactly one caller, however many try at once. A stage
     * that a change of its order holds at this moment is left to the next sweep (false).
     */
    public boolean claimWarning(long instructionId, Stage stage, Instant at) {
        return free(instructionId, stage) && em.createNamedQuery(InstructionStage.CLAIM_WARNING)
                .setParameter("id", instructionId).setParameter("stage", stage).setParameter("at", at).executeUpdate() == 1;
    }

    /** Claims the overdue mark of a stage (a stage overdue is not warned about any more); true once, as a warning is. */
    public boolean claimOverdue(long instructionId, Stage stage, Instant at) {
        return free(instructionId, stage) && em.createNamedQuery(InstructionStage.CLAIM_OVERDUE)
                .setParameter("id", instructionId).setParameter("stage", stage).setParameter("at", at).executeUpdate() == 1;
    }

    /**
     * Locks the stage unless someone holds it. A sweep's batch holds the stages it claimed until it
     * ends, and a change of an order reads every stage of the order at its end (its next deadline):
     * were the sweep to wait for a stage the change holds, each would wait for the other.
     */
    private boolean free(long instructionId, Stage stage) {
        return !em.createNativeQuery("SELECT 1 FROM routing_instruction_stage WHERE instruction_id = ? AND stage = ? "
                + "FOR UPDATE SKIP LOCKED").setParameter(1, instructionId).setParameter(2, stage.name()).getResultList()
                .isEmpty();
    }

    private List<DueStage> due(String query, Instant limit, int max) {
        List<InstructionStage> stages = em.createNamedQuery(query, InstructionStage.class).setParameter("limit", limit)
                .setMaxResults(max).getResultList();
        if (stages.isEmpty()) {
            return List.of();
        }
        var instructions = em.createNamedQuery(Instruction.BY_IDS, Instruction.class)
                .setParameter("ids", stages.stream().map(InstructionStage::instructionId).distinct().toList())
                .getResultStream().collect(java.util.stream.Collectors.toMap(Instruction::id, i -> i));
        return stages.stream().map(s -> {
            Instruction i = instructions.get(s.instructionId());
            return new DueStage(i.id(), i.incidentId(), i.unitCode(), i.channel(), s.stage(), s.dueAt());
        }).toList();
    }
}

package org.linkage110.web.portal;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.linkage110.routing.ActionInput;
import org.linkage110.routing.HandlingRecordView;
import org.linkage110.routing.InstructionAction;
import org.linkage110.routing.InstructionView;
import org.linkage110.routing.Instructions;
import org.linkage110.routing.StageView;

/**
 * A unit operator's inbox: the unit's instructions in hand, each with its next deadline counting
 * down (red once passed) and one click for the actions that need nothing more.
 */
@Named
@RequestScoped
public class InboxBacking {

    /** Actions done with one click; the others open the instruction's page for their fields. */
    public static final Set<InstructionAction> ONE_CLICK = EnumSet.of(InstructionAction.SIGN,
            InstructionAction.CONTACT_CALLER, InstructionAction.PULL_VIDEO, InstructionAction.DEPART,
            InstructionAction.ARRIVE);

    @Inject
    Instructions instructions;

    @Inject
    RoutingFeedback feedback;

    @Inject
    Messages messages;

    @Inject
    Clock clock;

    private List<InstructionView> mine;

    public List<InstructionView> getMine() {
        if (mine == null) {
            mine = instructions.mine(Set.of(), 0, 200);
        }
        return mine;
    }

    private List<HandlingRecordView> awaitingSignOff;

    private String signOffNote;

    /** Extension requests of the unit waiting for its head (shown to the head, who signs them off). */
    public List<HandlingRecordView> getAwaitingSignOff() {
        if (awaitingSignOff == null) {
            awaitingSignOff = instructions.awaitingSignOff();
        }
        return awaitingSignOff;
    }

    public String signOff(HandlingRecordView record, boolean approve) {
        if (feedback.attempt(() -> instructions.signOff(record.id(), approve, signOffNote))) {
            messages.info(approve ? "inbox.signedOff" : "inbox.turnedDown");
        }
        awaitingSignOff = null;
        return null;
    }

    public String getSignOffNote() {
        return signOffNote;
    }

    public void setSignOffNote(String signOffNote) {
        this.signOffNote = signOffNote;
    }

    public List<InstructionAction> oneClick(InstructionView instruction) {
        return instruction.allowedActions().stream().filter(ONE_CLICK::contains).sorted().toList();
    }

    public boolean overdue(StageView stage) {
        return stage != null && stage.overdueAt(clock.instant());
    }

    public String act(InstructionView instruction, InstructionAction action) {
        if (feedback.attempt(() -> instructions.perform(instruction.id(), action, ActionInput.NONE,
                instruction.version()))) {
            messages.info("routing.done");
        }
        mine = null;
        return null;
    }
}

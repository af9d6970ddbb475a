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
import org.linkage110.routing.InstructionStatus;
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

    /** The inbox's tabs: 待办 (in hand), 已办 (result given, confirmed, reported back), 已退 (returned). */
    public static final java.util.Map<String, Set<InstructionStatus>> TABS = java.util.Map.of(
            "TODO", Instructions.IN_HAND,
            "DONE", EnumSet.of(InstructionStatus.RESULT_SUBMITTED, InstructionStatus.CONFIRMED,
                    InstructionStatus.REPORTED_BACK),
            "RETURNED", EnumSet.of(InstructionStatus.RETURNED));

    static final int PAGE = 20;

    private String tab = "TODO";
    private int page;
    private boolean more;
    private List<InstructionView> mine;

    /** The instructions of the tab, a page at a time (one more is read to tell whether a next page exists). */
    public List<InstructionView> getMine() {
        if (mine == null) {
            List<InstructionView> read = instructions.mine(TABS.getOrDefault(tab, Instructions.IN_HAND), page * PAGE,
                    PAGE + 1);
            more = read.size() > PAGE;
            mine = more ? read.subList(0, PAGE) : read;
        }
        return mine;
    }

    public boolean isMore() {
        getMine();
        return more;
    }

    public List<String> getTabs() {
        return List.of("TODO", "DONE", "RETURNED");
    }

    public String getTab() {
        return tab;
    }

    public void setTab(String tab) {
        this.tab = tab != null && TABS.containsKey(tab) ? tab : "TODO";
    }

    /** "第 N 页". */
    public String getPageLabel() {
        return messages.text("inbox.pageOf", "{0}").replace("{0}", String.valueOf(page + 1));
    }

    public Integer getPage() {
        return page;
    }

    public void setPage(Integer page) {
        this.page = page == null ? 0 : Math.max(0, Math.min(page, 10_000));
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

    /** The stage each one-click act records the time of. */
    private static final java.util.Map<InstructionAction, org.linkage110.domain.calendar.Stage> RECORDS = java.util.Map.of(
            InstructionAction.CONTACT_CALLER, org.linkage110.domain.calendar.Stage.CALLER_CONTACT,
            InstructionAction.PULL_VIDEO, org.linkage110.domain.calendar.Stage.VIDEO_PULL,
            InstructionAction.DEPART, org.linkage110.domain.calendar.Stage.DEPART,
            InstructionAction.ARRIVE, org.linkage110.domain.calendar.Stage.ARRIVE);

    /**
     * The acts offered with one click: allowed now, and not recording again a time already recorded
     * (the lifecycle lets a unit contact the caller after arriving; offering it a second time would
     * invite a misclick that records a false time).
     */
    public List<InstructionAction> oneClick(InstructionView instruction) {
        return instruction.allowedActions().stream().filter(ONE_CLICK::contains)
                .filter(a -> !recorded(instruction, a)).sorted().toList();
    }

    private static boolean recorded(InstructionView instruction, InstructionAction action) {
        org.linkage110.domain.calendar.Stage stage = RECORDS.get(action);
        if (stage == null) {
            return false;
        }
        var deadline = instruction.stages().stream().filter(s -> s.stage() == stage).findFirst();
        if (deadline.isPresent()) {
            return deadline.get().doneAt() != null;
        }
        // no deadline for it: once the unit is on scene, contacting the caller is not offered again with one click
        return action == InstructionAction.CONTACT_CALLER && EnumSet.of(InstructionStatus.ON_SCENE,
                InstructionStatus.REPORTED, InstructionStatus.REOPENED).contains(instruction.status());
    }

    public boolean overdue(StageView stage) {
        return stage != null && stage.overdueAt(clock.instant());
    }

    public String act(InstructionView instruction, InstructionAction action) {
        if (feedback.attempt(() -> instructions.perform(instruction.id(), action, ActionInput.NONE,
                instruction.version()))) {
            messages.info("routing.doneAct", messages.text("actDone." + action, action.name()), String.valueOf(instruction.id()));
        }
        mine = null;
        return null;
    }
}

package org.linkage110.web.portal;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import org.linkage110.routing.DutyRoster;
import org.linkage110.routing.HandlingRecordView;
import org.linkage110.routing.InstructionStatus;
import org.linkage110.routing.InstructionView;
import org.linkage110.routing.LinkageUnitView;
import org.linkage110.routing.LinkageUnits;
import org.linkage110.routing.OrderStatus;
import org.linkage110.routing.OrderView;
import org.linkage110.routing.Orders;
import org.linkage110.routing.UnitDutyView;

/**
 * The office's assessment of one order on its page: the proposal with its rule and reason, the
 * form to dispatch it as proposed or overridden (then with a reason), the way back to 110, and
 * the order's instructions with what the office decides on them.
 */
@Named
@ViewScoped
public class AssessmentBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Orders orders;

    @Inject
    LinkageUnits units;

    @Inject
    RoutingFeedback feedback;

    @Inject
    Messages messages;

    private Long id;
    private transient Optional<OrderView> order;
    private final DispatchForm form = new DispatchForm();
    private String policeReason;
    private String decisionNote;
    private boolean prepared;

    /** Fills the form from the proposal when the page opens. */
    public void prepare() {
        if (prepared) {
            return;
        }
        prepared = true;
        order().ifPresent(form::fill);
    }

    public Optional<OrderView> order() {
        if (order == null) {
            order = id == null ? Optional.empty() : orders.find(id);
        }
        return order;
    }

    public OrderView getOrder() {
        return order().orElse(null);
    }

    public boolean isDispatchable() {
        return order().map(o -> o.status() == OrderStatus.AWAITING_ASSESSMENT
                || o.status() == OrderStatus.NEEDS_REASSESSMENT).orElse(false);
    }

    public List<InstructionView> getInstructions() {
        return id == null ? List.of() : orders.instructionsOf(id);
    }

    public List<HandlingRecordView> getRecords() {
        return id == null ? List.of() : orders.recordsOf(id);
    }

    public List<LinkageUnitView> getUnits() {
        return units.all();
    }

    @Inject
    UnitNames unitNames;

    @Inject
    DutyRoster roster;

    @Inject
    java.time.Clock clock;

    private transient UnitDutyView leadDuty;

    /** Who the proposed lead unit has on duty now, and its fixed post and contact: whom to call. */
    public UnitDutyView getLeadDuty() {
        if (leadDuty == null) {
            leadDuty = order().map(OrderView::proposedLead).filter(code -> code != null)
                    .map(code -> roster.duty(code, clock.instant())).orElse(null);
        }
        return leadDuty;
    }

    /** Words as the page lists them: 、-separated. */
    public String words(List<String> words) {
        return words == null ? "" : String.join("、", words);
    }

    public String unitName(String code) {
        return code == null ? "—" : unitNames.of(code);
    }

    /** The fields of the dispatch form a refusal names, by the client ids of their inputs. */
    private static final java.util.Map<String, String> DISPATCH_FIELDS = java.util.Map.of(
            "handlingClass", "dispatch-form:class", "level", "dispatch-form:level",
            "dispatchMode", "dispatch-form:mode", "leadUnit", "dispatch-form:lead",
            "coUnits", "dispatch-form:co", "reason", "dispatch-form:reason");

    /** A decision rule by its name in words ({@code rule.<id>}); a rule the office added later by its reason. */
    public String ruleName(String ruleId) {
        return messages.text("rule." + ruleId, messages.text("rule.other", ruleId));
    }

    /** What 按建议派单 will do, said before it is done: to whom, how, and that it cannot be undone. */
    public String getAsProposedConsequence() {
        return order().map(o -> messages.text("confirm.asProposed", "{0}")
                .replace("{0}", unitName(o.proposedLead()))
                .replace("{1}", messages.text("class." + o.proposal().handlingClass(), "") + " · "
                        + messages.text("mode." + o.proposal().dispatchMode(), ""))
                .replace("{2}", String.valueOf(o.proposedCoUnits().size()))).orElse("");
    }

    /** 按建议派单: the proposal as it stands, whatever the override fields hold. */
    public String dispatchAsProposed() {
        OrderView current = getOrder();
        if (current == null) {
            return null;
        }
        form.fill(current);
        return dispatch();
    }

    public String dispatch() {
        OrderView current = getOrder();
        if (current == null) {
            return null;
        }
        boolean done = feedback.attempt(() -> orders.dispatch(id, form.decision(), current.version()),
                DISPATCH_FIELDS);
        if (!done) {
            overrideOpen = true;
            return reload();
        }
        return again("routing.dispatched", String.valueOf(id), unitName(form.getLeadUnit())
                + (form.getCoUnits().isEmpty() ? "" : messages.text("routing.andCoUnits", "+{0}").replace("{0}",
                        String.valueOf(form.getCoUnits().size()))));
    }

    public String sendToPolice() {
        OrderView current = getOrder();
        if (current == null) {
            return null;
        }
        if (feedback.attempt(() -> orders.sendToPolice(id, policeReason, current.version()),
                java.util.Map.of("reason", "police-first-form:police-reason", "text", "police-first-form:police-reason"))) {
            return again("routing.sentToPolice", String.valueOf(id));
        }
        policeOpen = true;
        return reload();
    }

    public String confirm(InstructionView instruction) {
        return feedback.attempt(() -> orders.confirm(instruction.id(), instruction.version()))
                ? again("routing.confirmed", unitName(instruction.unitCode()), String.valueOf(instruction.id())) : reload();
    }

    public String decide(HandlingRecordView record, boolean accept) {
        return feedback.attempt(() -> orders.decide(record.id(), accept, decisionNote))
                ? again("routing.decided") : reload();
    }

    private boolean overrideOpen;
    private boolean policeOpen;

    /** The override fields are open after a refused dispatch, and always for a suspected police order. */
    public boolean isOverrideOpen() {
        return overrideOpen || order().map(o -> o.proposal().suspectedPoliceBusiness()).orElse(false);
    }

    public boolean isPoliceOpen() {
        return policeOpen || order().map(o -> o.proposal().suspectedPoliceBusiness()).orElse(false);
    }

    public boolean confirmable(InstructionView instruction) {
        return instruction.status() == InstructionStatus.RESULT_SUBMITTED;
    }

    private String again(String messageKey, Object... args) {
        messages.info(messageKey, args);
        jakarta.faces.context.FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        return "/app/incident?faces-redirect=true&id=" + id;
    }

    private String reload() {
        order = null;
        return null;
    }

    /** The dispatch form, filled from the proposal when the page opens. */
    public DispatchForm getForm() {
        return form;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getPoliceReason() {
        return policeReason;
    }

    public void setPoliceReason(String policeReason) {
        this.policeReason = policeReason;
    }

    public String getDecisionNote() {
        return decisionNote;
    }

    public void setDecisionNote(String decisionNote) {
        this.decisionNote = decisionNote;
    }
}

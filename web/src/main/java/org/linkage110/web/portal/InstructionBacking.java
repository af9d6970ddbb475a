package org.linkage110.web.portal;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.linkage110.routing.ActionInput;
import org.linkage110.routing.HandlingRecordView;
import org.linkage110.routing.InstructionAction;
import org.linkage110.routing.InstructionView;
import org.linkage110.routing.Instructions;
import org.linkage110.routing.LinkageUnitView;
import org.linkage110.routing.LinkageUnits;
import org.linkage110.routing.NotFoundInRoutingException;

/**
 * One of the unit's instructions: the call, the deadlines, what is on record, and a form for each
 * action the status allows with the fields that action needs. Another unit's instruction is
 * "not found", exactly like one that does not exist.
 */
@Named
@ViewScoped
public class InstructionBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Instructions instructions;

    @Inject
    LinkageUnits units;

    @Inject
    RoutingFeedback feedback;

    @Inject
    Messages messages;

    @Inject
    Clock clock;

    private Long id;
    private transient Optional<InstructionView> instruction;
    private String text;
    private LocalDateTime requestedDue;
    private List<String> requestedUnits = new ArrayList<>();

    public Optional<InstructionView> instruction() {
        if (instruction == null) {
            try {
                instruction = id == null ? Optional.empty() : Optional.of(instructions.find(id));
            } catch (NotFoundInRoutingException e) {
                instruction = Optional.empty();
            }
        }
        return instruction;
    }

    public InstructionView getInstruction() {
        return instruction().orElse(null);
    }

    public List<HandlingRecordView> getRecords() {
        return instruction().map(i -> instructions.records(i.id())).orElse(List.of());
    }

    public List<LinkageUnitView> getUnits() {
        return units.all();
    }

    public boolean allows(String action) {
        return instruction().map(i -> i.allowedActions().contains(InstructionAction.valueOf(action))).orElse(false);
    }

    public String perform(String action) {
        InstructionView current = getInstruction();
        if (current == null) {
            return null;
        }
        ActionInput input = new ActionInput(text, null,
                requestedDue == null ? null : requestedDue.atZone(clock.getZone()).toInstant(), requestedUnits);
        if (feedback.attempt(() -> instructions.perform(current.id(), InstructionAction.valueOf(action), input,
                current.version()))) {
            messages.info("routing.doneAct", messages.text("actDone." + action, action), String.valueOf(current.id()));
            jakarta.faces.context.FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
            return "/app/instruction?faces-redirect=true&id=" + id;
        }
        instruction = null;
        return null;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }



    public LocalDateTime getRequestedDue() {
        return requestedDue;
    }

    public void setRequestedDue(LocalDateTime requestedDue) {
        this.requestedDue = requestedDue;
    }

    public List<String> getRequestedUnits() {
        return requestedUnits;
    }

    public void setRequestedUnits(List<String> requestedUnits) {
        this.requestedUnits = requestedUnits == null ? new ArrayList<>() : requestedUnits;
    }
}

package org.linkage110.web.portal;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.linkage110.supervision.InstrumentClosing;
import org.linkage110.supervision.RecipientView;

/** The office closes a unit's part of an instrument on its answer (销号), or sends the answer back saying why. */
@Named
@RequestScoped
public class InstrumentClosingBacking {

    @Inject
    InstrumentClosing closing;

    @Inject
    RoutingFeedback feedback;

    @Inject
    Messages messages;

    private String reason;

    public void accept(RecipientView recipient) {
        if (feedback.attempt(() -> closing.accept(recipient.instrumentId(), recipient.unitCode()))) {
            messages.info("closing.accepted");
        }
    }

    public void refuse(RecipientView recipient) {
        if (feedback.attempt(() -> closing.refuse(recipient.instrumentId(), recipient.unitCode(), reason))) {
            messages.info("closing.refused");
            reason = null;
        }
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}

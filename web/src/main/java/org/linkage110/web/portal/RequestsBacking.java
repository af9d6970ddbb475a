package org.linkage110.web.portal;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.linkage110.supervision.InstrumentView;
import org.linkage110.supervision.Instruments;
import org.linkage110.supervision.NotificationView;
import org.linkage110.supervision.Notifications;
import org.primefaces.model.StreamedContent;

/** A unit's page of what the office asked of it: instruments to acknowledge and answer, notifications. */
@Named
@ViewScoped
public class RequestsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Instruments instruments;

    @Inject
    Notifications notifications;

    @Inject
    org.linkage110.supervision.Sampling sampling;

    @Inject
    RoutingFeedback feedback;

    @Inject
    Messages messages;

    private String answer;

    public List<InstrumentView> getInstruments() {
        return instruments.mine();
    }

    public List<NotificationView> getNotifications() {
        return notifications.mine(50);
    }

    public void acknowledge(InstrumentView instrument) {
        if (feedback.attempt(() -> instruments.acknowledge(instrument.id()))) {
            messages.info("supervision.acknowledged");
        }
    }

    public void answer(InstrumentView instrument) {
        if (feedback.attempt(() -> instruments.answer(instrument.id(), answer))) {
            messages.info("supervision.answered");
            answer = null;
        }
    }

    public List<org.linkage110.supervision.RectificationView> getRectifications() {
        return sampling.myRectifications();
    }

    public void answerRectification(org.linkage110.supervision.RectificationView rectification) {
        if (feedback.attempt(() -> sampling.answer(rectification.id(), rectification.version(), answer))) {
            messages.info("supervision.answered");
            answer = null;
        }
    }

    public StreamedContent pdf(InstrumentView instrument) {
        return Downloads.of(instrument.label() + ".pdf", Downloads.PDF, () -> instruments.pdf(instrument.id()));
    }

    public String getAnswer() {
        return answer;
    }

    public void setAnswer(String answer) {
        this.answer = answer;
    }
}

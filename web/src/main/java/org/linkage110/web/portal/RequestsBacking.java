package org.linkage110.web.portal;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
    org.linkage110.supervision.Rectifications rectifications;

    @Inject
    RoutingFeedback feedback;

    @Inject
    Messages messages;

    /** What the unit typed, per instrument and per rectification: every row of the page is submitted together. */
    private final Map<Long, String> answers = new HashMap<>();
    private final Map<Long, String> rectificationAnswers = new HashMap<>();

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
        if (feedback.attempt(() -> instruments.answer(instrument.id(), answers.get(instrument.id())))) {
            messages.info("supervision.answered");
            answers.remove(instrument.id());
        }
    }

    public List<org.linkage110.supervision.RectificationView> getRectifications() {
        return rectifications.myRectifications();
    }

    public void answerRectification(org.linkage110.supervision.RectificationView rectification) {
        if (feedback.attempt(() -> rectifications.answer(rectification.id(), rectification.version(),
                rectificationAnswers.get(rectification.id())))) {
            messages.info("supervision.answered");
            rectificationAnswers.remove(rectification.id());
        }
    }

    public StreamedContent pdf(InstrumentView instrument) {
        return Downloads.of(instrument.label() + ".pdf", Downloads.PDF, () -> instruments.pdf(instrument.id()));
    }

    public Map<Long, String> getAnswers() {
        return answers;
    }

    public Map<Long, String> getRectificationAnswers() {
        return rectificationAnswers;
    }
}

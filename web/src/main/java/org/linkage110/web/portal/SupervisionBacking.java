package org.linkage110.web.portal;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.linkage110.routing.LinkageUnitView;
import org.linkage110.routing.LinkageUnits;
import org.linkage110.supervision.CallbackView;
import org.linkage110.supervision.Callbacks;
import org.linkage110.supervision.EscalationLadder;
import org.linkage110.supervision.EscalationView;
import org.linkage110.supervision.InstrumentKind;
import org.linkage110.supervision.InstrumentView;
import org.linkage110.supervision.Instruments;
import org.linkage110.supervision.NotificationView;
import org.linkage110.supervision.Notifications;
import org.primefaces.model.StreamedContent;

/**
 * The supervision console of the leading-group office: issue warning notices, supervision orders
 * and bulletins and follow their answers; make the callbacks; see what the deadline watch and the
 * escalation ladder raised. Its daily sampling, drills and video checks have backings of their own
 * ({@link SamplingBacking}, {@link DrillsBacking}, {@link VideoChecksBacking}).
 */
@Named
@ViewScoped
public class SupervisionBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Instruments instruments;

    @Inject
    Callbacks callbacks;

    @Inject
    Notifications notifications;

    @Inject
    EscalationLadder ladder;

    @Inject
    LinkageUnits units;

    @Inject
    RoutingFeedback feedback;

    @Inject
    Messages messages;

    @Inject
    Clock clock;

    private InstrumentKind kind = InstrumentKind.SUPERVISION_ORDER;
    private String title;
    private String body;
    private List<String> addressees = new ArrayList<>();
    private LocalDateTime answerDue;

    private CallbackView.Resolution resolution;
    private CallbackView.Satisfaction satisfaction;
    private String comment;

    public List<InstrumentView> getInstruments() {
        return instruments.latest(50);
    }

    public List<CallbackView> getCallbacks() {
        return callbacks.queue(100);
    }

    public List<NotificationView> getNotifications() {
        return notifications.office(50);
    }

    public List<EscalationView> getEscalations() {
        return ladder.latest(50);
    }

    public List<LinkageUnitView> getUnits() {
        return units.all();
    }

    public void issue() {
        if (feedback.attempt(() -> instruments.issue(kind, title, body, addressees,
                answerDue == null ? null : answerDue.atZone(clock.getZone()).toInstant(), null))) {
            messages.info("supervision.issuedWhat", title, String.valueOf(addressees.size()));
            title = null;
            body = null;
            addressees = new ArrayList<>();
            answerDue = null;
        }
    }

    public void unreached(CallbackView callback) {
        if (feedback.attempt(() -> callbacks.unreached(callback.id(), callback.version()))) {
            messages.info("supervision.recorded");
        }
    }

    public void answered(CallbackView callback) {
        if (feedback.attempt(() -> callbacks.answered(callback.id(), callback.version(), resolution, satisfaction,
                comment))) {
            messages.info("supervision.recorded");
            resolution = null;
            satisfaction = null;
            comment = null;
        }
    }

    public StreamedContent pdf(InstrumentView instrument) {
        return Downloads.of(instrument.label() + ".pdf", Downloads.PDF, () -> instruments.pdf(instrument.id()));
    }

    public InstrumentKind[] getKinds() {
        return InstrumentKind.values();
    }

    public CallbackView.Resolution[] getResolutions() {
        return CallbackView.Resolution.values();
    }

    public CallbackView.Satisfaction[] getSatisfactions() {
        return CallbackView.Satisfaction.values();
    }

    public InstrumentKind getKind() {
        return kind;
    }

    public void setKind(InstrumentKind kind) {
        this.kind = kind;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public List<String> getAddressees() {
        return addressees;
    }

    public void setAddressees(List<String> addressees) {
        this.addressees = addressees == null ? new ArrayList<>() : addressees;
    }

    public LocalDateTime getAnswerDue() {
        return answerDue;
    }

    public void setAnswerDue(LocalDateTime answerDue) {
        this.answerDue = answerDue;
    }

    public CallbackView.Resolution getResolution() {
        return resolution;
    }

    public void setResolution(CallbackView.Resolution resolution) {
        this.resolution = resolution;
    }

    public CallbackView.Satisfaction getSatisfaction() {
        return satisfaction;
    }

    public void setSatisfaction(CallbackView.Satisfaction satisfaction) {
        this.satisfaction = satisfaction;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }
}

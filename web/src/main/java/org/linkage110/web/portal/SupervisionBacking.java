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
import org.linkage110.supervision.ChecklistItem;
import org.linkage110.supervision.DrillPlan;
import org.linkage110.supervision.RectificationView;
import org.linkage110.supervision.SampleItemView;
import org.linkage110.supervision.SampleView;
import org.linkage110.supervision.Sampling;
import org.linkage110.supervision.SpotCheckView;
import org.linkage110.supervision.SpotChecks;
import org.linkage110.supervision.VideoCheckView;
import org.linkage110.supervision.VideoChecks;
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
 * escalation ladder raised.
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

    @Inject
    Sampling sampling;

    @Inject
    SpotChecks spotChecks;

    @Inject
    VideoChecks videoChecks;

    @Inject
    org.linkage110.intake.Taxonomy taxonomy;

    private final java.util.Map<String, Boolean> findings = new java.util.HashMap<>();
    private String reviewNote;
    private String decisionNote;

    private String drillUnit;
    private String drillScenario;
    private String drillCaller;
    private String drillPhone;
    private String drillAddress;
    private String drillDescription;
    private String drillCategory;

    private String videoUnit;
    private String videoOnDuty;
    private boolean videoPassed = true;
    private String videoNotes;
    private String videoFollowUp;
    private LocalDateTime videoFollowUpDue;
    private transient org.primefaces.model.file.UploadedFile videoFile;
    private String followUpNote;

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

    @Inject
    UnitNames unitNames;

    public String unitName(String code) {
        return unitNames.of(code);
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

    // ---- daily sampling ----

    public SampleView getSample() {
        return sampling.latestSample().orElse(null);
    }

    public List<SampleItemView> getSampleItems() {
        SampleView sample = getSample();
        return sample == null ? List.of() : sampling.items(sample.id());
    }

    public List<ChecklistItem> getChecklist() {
        return sampling.checklist();
    }

    public List<RectificationView> getRectifications() {
        return sampling.openRectifications(100);
    }

    public void drawYesterday() {
        if (feedback.attempt(() -> sampling.drawDay(java.time.LocalDate.now(clock.withZone(clock.getZone())).minusDays(1),
                null, null))) {
            messages.info("supervision.recorded");
        }
    }

    public void review(SampleItemView item) {
        java.util.Map<String, Boolean> given = new java.util.HashMap<>();
        getChecklist().forEach(point -> given.put(point.code(), Boolean.TRUE.equals(findings.get(point.code()))));
        if (feedback.attempt(() -> sampling.review(item.id(), item.version(), given, reviewNote))) {
            messages.info("supervision.recorded");
            findings.clear();
            reviewNote = null;
        }
    }

    public void decide(RectificationView rectification, boolean accept) {
        if (feedback.attempt(() -> sampling.decide(rectification.id(), rectification.version(), accept, decisionNote))) {
            messages.info("supervision.recorded");
            decisionNote = null;
        }
    }

    // ---- simulated alerts ----

    public List<SpotCheckView> getDrills() {
        return spotChecks.latest(30);
    }

    public int drillScore(SpotCheckView drill) {
        return drill.closed() ? drill.score() : spotChecks.score(drill.id()).score();
    }

    public List<org.linkage110.intake.TaxonomyEntry> getItems() {
        return taxonomy.entries().stream().filter(e -> e.code().contains("-")).toList();
    }

    public void planDrill() {
        if (feedback.attempt(() -> spotChecks.plan(new DrillPlan(drillUnit, drillScenario, drillCaller, drillPhone,
                drillAddress, drillDescription, drillCategory, null, java.util.Map.of())))) {
            messages.info("supervision.drillPlanned");
            drillScenario = null;
            drillDescription = null;
        }
    }

    public void closeDrill(SpotCheckView drill) {
        if (feedback.attempt(() -> spotChecks.close(drill.id(), drill.version(), null))) {
            messages.info("supervision.drillClosed", String.valueOf(drill.incidentId()));
        }
    }

    // ---- video spot checks ----

    public List<VideoCheckView> getVideoChecks() {
        return videoChecks.latest(30);
    }

    public void recordVideoCheck() {
        byte[] content = videoFile == null || videoFile.getSize() == 0 ? null : videoFile.getContent();
        if (feedback.attempt(() -> videoChecks.record(videoUnit, videoOnDuty, videoPassed, videoNotes, videoFollowUp,
                videoFollowUpDue == null ? null : videoFollowUpDue.atZone(clock.getZone()).toInstant(),
                content == null ? null : videoFile.getFileName(), content == null ? null : videoFile.getContentType(),
                content))) {
            messages.info("supervision.recorded");
            videoOnDuty = null;
            videoNotes = null;
            videoFollowUp = null;
            videoFollowUpDue = null;
        }
    }

    public void followedUp(VideoCheckView check) {
        if (feedback.attempt(() -> videoChecks.followedUp(check.id(), check.version(), followUpNote))) {
            messages.info("supervision.recorded");
            followUpNote = null;
        }
    }

    public StreamedContent attachment(VideoCheckView check) {
        VideoChecks.Attachment file = videoChecks.attachment(check.id());
        return Downloads.of(file.name(), file.type(), file::content);
    }

    public java.util.Map<String, Boolean> getFindings() {
        return findings;
    }

    public String getReviewNote() {
        return reviewNote;
    }

    public void setReviewNote(String reviewNote) {
        this.reviewNote = reviewNote;
    }

    public String getDecisionNote() {
        return decisionNote;
    }

    public void setDecisionNote(String decisionNote) {
        this.decisionNote = decisionNote;
    }

    public String getDrillUnit() {
        return drillUnit;
    }

    public void setDrillUnit(String drillUnit) {
        this.drillUnit = drillUnit;
    }

    public String getDrillScenario() {
        return drillScenario;
    }

    public void setDrillScenario(String drillScenario) {
        this.drillScenario = drillScenario;
    }

    public String getDrillCaller() {
        return drillCaller;
    }

    public void setDrillCaller(String drillCaller) {
        this.drillCaller = drillCaller;
    }

    public String getDrillPhone() {
        return drillPhone;
    }

    public void setDrillPhone(String drillPhone) {
        this.drillPhone = drillPhone;
    }

    public String getDrillAddress() {
        return drillAddress;
    }

    public void setDrillAddress(String drillAddress) {
        this.drillAddress = drillAddress;
    }

    public String getDrillDescription() {
        return drillDescription;
    }

    public void setDrillDescription(String drillDescription) {
        this.drillDescription = drillDescription;
    }

    public String getDrillCategory() {
        return drillCategory;
    }

    public void setDrillCategory(String drillCategory) {
        this.drillCategory = drillCategory;
    }

    public String getVideoUnit() {
        return videoUnit;
    }

    public void setVideoUnit(String videoUnit) {
        this.videoUnit = videoUnit;
    }

    public String getVideoOnDuty() {
        return videoOnDuty;
    }

    public void setVideoOnDuty(String videoOnDuty) {
        this.videoOnDuty = videoOnDuty;
    }

    public boolean isVideoPassed() {
        return videoPassed;
    }

    public void setVideoPassed(boolean videoPassed) {
        this.videoPassed = videoPassed;
    }

    public String getVideoNotes() {
        return videoNotes;
    }

    public void setVideoNotes(String videoNotes) {
        this.videoNotes = videoNotes;
    }

    public String getVideoFollowUp() {
        return videoFollowUp;
    }

    public void setVideoFollowUp(String videoFollowUp) {
        this.videoFollowUp = videoFollowUp;
    }

    public LocalDateTime getVideoFollowUpDue() {
        return videoFollowUpDue;
    }

    public void setVideoFollowUpDue(LocalDateTime videoFollowUpDue) {
        this.videoFollowUpDue = videoFollowUpDue;
    }

    public org.primefaces.model.file.UploadedFile getVideoFile() {
        return videoFile;
    }

    public void setVideoFile(org.primefaces.model.file.UploadedFile videoFile) {
        this.videoFile = videoFile;
    }

    public String getFollowUpNote() {
        return followUpNote;
    }

    public void setFollowUpNote(String followUpNote) {
        this.followUpNote = followUpNote;
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

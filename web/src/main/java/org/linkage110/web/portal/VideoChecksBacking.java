package org.linkage110.web.portal;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import org.linkage110.supervision.VideoCheckView;
import org.linkage110.supervision.VideoChecks;
import org.primefaces.model.StreamedContent;
import org.primefaces.model.file.UploadedFile;

/**
 * The video spot-check part of the supervision console: record what the office saw of a unit on
 * duty, with its recording, and mark the follow-up done.
 */
@Named
@ViewScoped
public class VideoChecksBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    VideoChecks videoChecks;

    @Inject
    RoutingFeedback feedback;

    @Inject
    Messages messages;

    @Inject
    Clock clock;

    private String videoUnit;
    private String videoOnDuty;
    private boolean videoPassed = true;
    private String videoNotes;
    private String videoFollowUp;
    private LocalDateTime videoFollowUpDue;
    private transient UploadedFile videoFile;
    private String followUpNote;

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

    public UploadedFile getVideoFile() {
        return videoFile;
    }

    public void setVideoFile(UploadedFile videoFile) {
        this.videoFile = videoFile;
    }

    public String getFollowUpNote() {
        return followUpNote;
    }

    public void setFollowUpNote(String followUpNote) {
        this.followUpNote = followUpNote;
    }
}

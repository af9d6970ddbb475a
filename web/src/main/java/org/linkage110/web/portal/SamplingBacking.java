package org.linkage110.web.portal;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.linkage110.supervision.ChecklistItem;
import org.linkage110.supervision.RectificationView;
import org.linkage110.supervision.SampleItemView;
import org.linkage110.supervision.SampleView;
import org.linkage110.supervision.Rectifications;
import org.linkage110.supervision.Sampling;

/**
 * The daily sampling part of the supervision console: draw yesterday's sample, review each sampled
 * order against the checklist, and accept or refuse the rectifications the units answer.
 */
@Named
@ViewScoped
public class SamplingBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Sampling sampling;

    @Inject
    Rectifications rectifications;

    @Inject
    RoutingFeedback feedback;

    @Inject
    Messages messages;

    @Inject
    Clock clock;

    private final Map<String, Boolean> findings = new HashMap<>();
    private String reviewNote;
    private String decisionNote;

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
        return rectifications.openRectifications(100);
    }

    public void drawYesterday() {
        if (feedback.attempt(() -> sampling.drawDay(LocalDate.now(clock).minusDays(1), null, null))) {
            messages.info("supervision.recorded");
        }
    }

    public void review(SampleItemView item) {
        Map<String, Boolean> given = new HashMap<>();
        getChecklist().forEach(point -> given.put(point.code(), Boolean.TRUE.equals(findings.get(point.code()))));
        if (feedback.attempt(() -> sampling.review(item.id(), item.version(), given, reviewNote))) {
            messages.info("supervision.recorded");
            findings.clear();
            reviewNote = null;
        }
    }

    public void decide(RectificationView rectification, boolean accept) {
        if (feedback.attempt(() -> rectifications.decide(rectification.id(), rectification.version(), accept, decisionNote))) {
            messages.info("supervision.recorded");
            decisionNote = null;
        }
    }

    public Map<String, Boolean> getFindings() {
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
}

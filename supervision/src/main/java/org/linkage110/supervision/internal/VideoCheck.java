package org.linkage110.supervision.internal;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.linkage110.platform.Jsons;
import org.linkage110.supervision.VideoCheckView;

/** A video spot check (视频连线突检) of a unit's duty post, with its attachment and follow-up. */
@Entity
@Table(name = "supervision_video_check")
@NamedQuery(name = VideoCheck.LATEST, query = "select v from VideoCheck v order by v.checkedAt desc, v.id desc")
public class VideoCheck {

    public static final String LATEST = "VideoCheck.latest";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "unit_code", nullable = false, length = 40)
    private String unitCode;

    @Column(name = "checked_at", nullable = false)
    private Instant checkedAt;

    @Column(name = "checked_by", nullable = false, length = 100)
    private String checkedBy;

    @Column(name = "on_duty", nullable = false, length = 200)
    private String onDuty;

    @Column(nullable = false, length = 10)
    private String result;

    @Column(length = 2000)
    private String notes;

    @Column(name = "attachment_name", length = 200)
    private String attachmentName;

    @Column(name = "attachment_type", length = 100)
    private String attachmentType;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(columnDefinition = "LONGBLOB")
    private byte[] attachment;

    @Column(name = "follow_up", length = 1000)
    private String followUp;

    @Column(name = "follow_up_due")
    private Instant followUpDue;

    @Column(name = "follow_up_done_at")
    private Instant followUpDoneAt;

    @Column(name = "follow_up_note", length = 1000)
    private String followUpNote;

    protected VideoCheck() {
    }

    public VideoCheck(String unitCode, Instant checkedAt, String checkedBy, String onDuty, boolean passed, String notes,
                      String followUp, Instant followUpDue) {
        this.unitCode = unitCode;
        this.checkedAt = checkedAt;
        this.checkedBy = checkedBy;
        this.onDuty = onDuty;
        this.result = passed ? "PASS" : "FAIL";
        this.notes = notes;
        this.followUp = followUp;
        this.followUpDue = followUpDue;
    }

    public void attach(String name, String type, byte[] content) {
        this.attachmentName = name;
        this.attachmentType = type;
        this.attachment = content;
    }

    public void followedUp(String note, Instant at) {
        this.followUpNote = note;
        this.followUpDoneAt = at;
    }

    public long version() {
        return version;
    }

    public boolean followUpOpen() {
        return followUp != null && followUpDoneAt == null;
    }

    public String attachmentName() {
        return attachmentName;
    }

    public String attachmentType() {
        return attachmentType;
    }

    public byte[] attachment() {
        return attachment;
    }

    public VideoCheckView toView() {
        return new VideoCheckView(id, version, unitCode, checkedAt, checkedBy, onDuty, "PASS".equals(result), notes,
                attachmentName, followUp, followUpDue, followUpDoneAt, followUpNote);
    }

    public String toJson() {
        var json = Jsons.createObjectBuilder().add("unit", unitCode).add("onDuty", onDuty).add("result", result);
        if (notes != null) {
            json.add("text", notes);
        }
        if (followUpNote != null) {
            json.add("followUpNote", followUpNote);
        }
        return json.build().toString();
    }
}

package org.linkage110.intake.internal;

import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.linkage110.domain.IncidentSource;
import org.linkage110.intake.NewPoliceMatter;
import org.linkage110.intake.PoliceMatterReceipt;
import org.linkage110.intake.PoliceMatterView;
import org.linkage110.platform.Jsons;
import org.linkage110.platform.PlatformRefusedException;

/** A police matter pushed by 12345, forwarded to 110. */
@Entity
@Table(name = "intake_police_matter")
@NamedQuery(name = PoliceMatter.BY_EXTERNAL_NUMBER,
        query = "select m from PoliceMatter m where m.source = :source and m.externalNumber = :number")
@NamedQuery(name = PoliceMatter.OVERDUE, query = "select m from PoliceMatter m where m.feedbackAt is null "
        + "and m.feedbackDueAt < :now and m.overdueWarnedAt is null order by m.feedbackDueAt")
@NamedQuery(name = PoliceMatter.LATEST, query = "select m from PoliceMatter m order by m.id desc")
@NamedQuery(name = PoliceMatter.LATEST_OF_SOURCE,
        query = "select m from PoliceMatter m where m.source = :source order by m.id desc")
public class PoliceMatter {

    static final String BY_EXTERNAL_NUMBER = "PoliceMatter.byExternalNumber";
    static final String OVERDUE = "PoliceMatter.overdue";
    static final String LATEST = "PoliceMatter.latest";
    static final String LATEST_OF_SOURCE = "PoliceMatter.latestOfSource";

    /** 001: an emergency order from 12345 gets feedback within one hour. */
    static final Duration EMERGENCY_FEEDBACK = Duration.ofHours(1);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private IncidentSource source;

    @Column(name = "external_number", nullable = false, length = 64)
    private String externalNumber;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private NewPoliceMatter.Kind kind;

    @Column(nullable = false)
    private boolean emergency;

    @Column(name = "received_at", nullable = false)
    private Instant receivedAt;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @Column(name = "feedback_due_at")
    private Instant feedbackDueAt;

    @Column(name = "caller_name", length = 100)
    private String callerName;

    @Column(name = "caller_phone", length = 20)
    private String callerPhone;

    @Column(nullable = false, length = 500)
    private String address;

    @Column(nullable = false, length = 4000)
    private String description;

    @Column(length = 2000)
    private String feedback;

    @Column(name = "feedback_at")
    private Instant feedbackAt;

    @Column(name = "feedback_by", length = 100)
    private String feedbackBy;

    @Column(name = "overdue_warned_at")
    private Instant overdueWarnedAt;

    protected PoliceMatter() {
    }

    PoliceMatter(NewPoliceMatter in, Instant now) {
        source = in.source();
        externalNumber = in.externalNumber();
        kind = in.kind();
        emergency = in.emergency();
        receivedAt = in.receivedAt();
        recordedAt = now;
        feedbackDueAt = in.emergency() ? in.receivedAt().plus(EMERGENCY_FEEDBACK) : null;
        callerName = in.callerName();
        callerPhone = in.callerPhone();
        address = in.address();
        description = in.description();
    }

    List<String> differencesFrom(NewPoliceMatter other) {
        List<String> differing = new ArrayList<>();
        if (kind != other.kind()) {
            differing.add("kind");
        }
        if (emergency != other.emergency()) {
            differing.add("emergency");
        }
        if (!receivedAt.equals(other.receivedAt())) {
            differing.add("receivedAt");
        }
        if (!Objects.equals(callerName, other.callerName())) {
            differing.add("callerName");
        }
        if (!Objects.equals(callerPhone, other.callerPhone())) {
            differing.add("callerPhone");
        }
        if (!address.equals(other.address())) {
            differing.add("address");
        }
        if (!description.equals(other.description())) {
            differing.add("description");
        }
        return differing;
    }

    long id() {
        return id;
    }

    /** 110's feedback, once: a second one is refused, since 12345 has passed the first on to the caller. */
    void giveFeedback(String text, String by, Instant now) {
        if (feedbackAt != null) {
            throw new PlatformRefusedException(409, "feedback-given",
                    "110 gave its feedback on police matter " + id + " already, at " + feedbackAt);
        }
        feedback = text;
        feedbackBy = by;
        feedbackAt = now;
    }

    /** The office was warned that the deadline passed without feedback. */
    void warnedOverdue(Instant now) {
        overdueWarnedAt = now;
    }

    Instant feedbackDueAt() {
        return feedbackDueAt;
    }

    PoliceMatterView view() {
        return new PoliceMatterView(id, source.name(), externalNumber, kind.name(), emergency, receivedAt, feedbackDueAt,
                feedback, feedbackAt, feedbackAt != null && feedbackDueAt != null && feedbackAt.isAfter(feedbackDueAt),
                overdueWarnedAt);
    }

    /** What 12345 receives when 110 answered: the matter's numbers and the feedback. */
    String feedbackJson() {
        JsonObjectBuilder json = Jsons.createObjectBuilder()
                .add("id", id)
                .add("externalNumber", externalNumber)
                .add("feedback", feedback)
                .add("feedbackAt", feedbackAt.toString());
        if (feedbackDueAt != null) {
            json.add("feedbackDueAt", feedbackDueAt.toString()).add("late", feedbackAt.isAfter(feedbackDueAt));
        }
        return json.build().toString();
    }

    String externalNumber() {
        return externalNumber;
    }

    PoliceMatterReceipt receipt(boolean redelivered) {
        return new PoliceMatterReceipt(id, redelivered, feedbackDueAt);
    }

    /** What 110 receives, and what the audit trail keeps. */
    String toJson() {
        JsonObjectBuilder json = Jsons.createObjectBuilder()
                .add("id", id)
                .add("source", source.name())
                .add("externalNumber", externalNumber)
                .add("kind", kind.name())
                .add("emergency", emergency)
                .add("receivedAt", receivedAt.toString())
                .add("address", address)
                .add("description", description);
        if (feedbackDueAt != null) {
            json.add("feedbackDueAt", feedbackDueAt.toString());
        }
        if (callerName != null) {
            json.add("callerName", callerName);
        }
        if (callerPhone != null) {
            json.add("callerPhone", callerPhone);
        }
        return json.build().toString();
    }
}

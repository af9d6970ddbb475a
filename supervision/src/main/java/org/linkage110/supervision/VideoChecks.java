package org.linkage110.supervision;

import org.linkage110.intake.CommonProblem;
import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.linkage110.domain.Role;
import org.linkage110.intake.FieldProblem;
import org.linkage110.platform.AuditTrail;
import org.linkage110.platform.AuditedChange;
import org.linkage110.routing.IllegalMoveException;
import org.linkage110.routing.LinkageUnits;
import org.linkage110.routing.NotFoundInRoutingException;
import org.linkage110.routing.RoutingRefusedException;
import org.linkage110.supervision.internal.Callers;
import org.linkage110.supervision.internal.VideoCheck;

/**
 * Video spot checks (视频连线突检): the office connects to a unit's duty post and records who was on
 * duty, the result and notes, optionally a screenshot or file (up to 5 MB), and what the unit must
 * put right by when; the follow-up is recorded when done.
 */
@Stateless
@DeclareRoles(Role.Names.SUPERVISOR)
@RolesAllowed(Role.Names.SUPERVISOR)
public class VideoChecks {

    /** The largest attachment kept. */
    public static final int MAX_ATTACHMENT = 5 * 1024 * 1024;

    @PersistenceContext(unitName = "supervision")
    EntityManager em;

    @Inject
    LinkageUnits units;

    @Inject
    AuditTrail audit;

    @Inject
    Callers callers;

    @Inject
    Clock clock;

    @Resource
    SessionContext session;

    /** A record of a check; {@code attachment} may be null. */
    public VideoCheckView record(String unitCode, String onDuty, boolean passed, String notes, String followUp,
                                 Instant followUpDue, String attachmentName, String attachmentType, byte[] attachment) {
        List<FieldProblem> problems = new ArrayList<>();
        if (unitCode == null || units.all().stream().noneMatch(u -> u.code().equals(unitCode))) {
            problems.add(CommonProblem.NO_UNIT.at("unit", unitCode));
        }
        if (onDuty == null || onDuty.isBlank() || onDuty.length() > 200) {
            problems.add(SupervisionProblem.ON_DUTY.at("onDuty", 200));
        }
        if (!passed && (followUp == null || followUp.isBlank())) {
            problems.add(SupervisionProblem.FOLLOW_UP.at("followUp"));
        }
        if (followUp != null && !followUp.isBlank() && followUpDue == null) {
            problems.add(SupervisionProblem.FOLLOW_UP_DUE.at("followUpDue"));
        }
        if (attachment != null && attachment.length > MAX_ATTACHMENT) {
            problems.add(CommonProblem.AT_MOST_MB.at("attachment", 5));
        }
        if (!problems.isEmpty()) {
            throw new RoutingRefusedException(problems);
        }
        VideoCheck check = new VideoCheck(unitCode, clock.instant(), callers.name(session.getCallerPrincipal()),
                onDuty.strip(), passed, blankToNull(notes), blankToNull(followUp), followUpDue);
        if (attachment != null && attachment.length > 0) {
            check.attach(attachmentName, attachmentType, attachment);
        }
        em.persist(check);
        em.flush();
        audit.record(AuditedChange.created("supervision.video-check.recorded", "video-check", check.toView().id(),
                check.toJson()));
        return check.toView();
    }

    public VideoCheckView followedUp(long id, long version, String note) {
        VideoCheck check = find(id);
        if (check.version() != version) {
            throw IllegalMoveException.staleVersion(version, check.version());
        }
        if (!check.followUpOpen()) {
            throw IllegalMoveException.illegal("no follow-up is open for this check");
        }
        if (note == null || note.isBlank()) {
            throw RoutingRefusedException.of("note", SupervisionProblem.PUT_RIGHT);
        }
        String before = check.toJson();
        check.followedUp(note.strip(), clock.instant());
        audit.record(new AuditedChange("supervision.video-check.followed-up", "video-check", String.valueOf(id), before,
                check.toJson()));
        em.flush();
        return check.toView();
    }

    public List<VideoCheckView> latest(int max) {
        return em.createNamedQuery(VideoCheck.LATEST, VideoCheck.class).setMaxResults(max).getResultStream()
                .map(VideoCheck::toView).toList();
    }

    /** The attachment: name, type and bytes. */
    public Attachment attachment(long id) {
        VideoCheck check = find(id);
        if (check.attachment() == null) {
            throw new NotFoundInRoutingException("attachment", id);
        }
        return new Attachment(check.attachmentName(), check.attachmentType(), check.attachment());
    }

    public record Attachment(String name, String type, byte[] content) implements java.io.Serializable {
    }

    private VideoCheck find(long id) {
        VideoCheck check = em.find(VideoCheck.class, id);
        if (check == null) {
            throw new NotFoundInRoutingException("video check", id);
        }
        return check;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}

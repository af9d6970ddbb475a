package org.linkage110.supervision.internal;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.linkage110.domain.event.PoliceFeedbackOverdue;

/**
 * Warns the office, in the watch's transaction, that 110 has not given feedback on an emergency
 * police matter from 12345 within its hour, so that the office chases it.
 */
@Stateless
public class PoliceFeedbackNotices {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("MM-dd HH:mm");

    @Inject
    NotificationDesk notifications;

    @Inject
    @ConfigProperty(name = "app.timezone")
    String timezone;

    public void onOverdue(@Observes PoliceFeedbackOverdue overdue) {
        notifications.raise(Notification.OFFICE, "POLICE_FEEDBACK_OVERDUE", null, overdue.policeMatter(),
                "12345 转来的紧急涉警事项 " + overdue.externalNumber() + " 应于 "
                        + TIME.format(overdue.feedbackDueAt().atZone(ZoneId.of(timezone))) + " 前由110反馈，至今未反馈",
                "POLICE_FEEDBACK_OVERDUE:" + overdue.policeMatter());
    }
}

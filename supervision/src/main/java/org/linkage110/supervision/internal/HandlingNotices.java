package org.linkage110.supervision.internal;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.format.DateTimeFormatter;
import java.time.ZoneId;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.linkage110.domain.event.InstructionReturned;
import org.linkage110.domain.event.OrderReopened;

/**
 * Tells those who must act next about a turn in an order's handling, in the same transaction:
 * the office when a unit sent its instruction back (a lead's return waits for its reassessment),
 * the unit when the office reopened its order. A session bean, so that it runs in supervision's
 * module inside an EAR.
 */
@Stateless
public class HandlingNotices {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("MM-dd HH:mm");

    @Inject
    NotificationDesk notifications;

    @Inject
    @ConfigProperty(name = "app.timezone")
    String timezone;

    public void onReturned(@Observes InstructionReturned returned) {
        String text = "指令 " + returned.instruction() + " 被 " + returned.unitCode() + " 退单"
                + (returned.lead() ? "（牵头单位，待重新研判）" : "（协办单位，其余单位继续处置）") + "：" + returned.reason();
        notifications.raise(Notification.OFFICE, "INSTRUCTION_RETURNED", returned.incident().value(),
                returned.instruction(), text, "RETURNED:" + returned.instruction());
    }

    public void onReopened(@Observes OrderReopened reopened) {
        String due = reopened.resultDue() == null ? "" : "，新的办结时限 "
                + TIME.format(reopened.resultDue().atZone(ZoneId.of(timezone)));
        notifications.raise(reopened.unitCode(), "ORDER_REOPENED", reopened.incident().value(), reopened.instruction(),
                "警情 " + reopened.incident().value() + " 经回访重启，请重新处置" + due + "：" + reopened.reason(),
                "REOPENED:" + reopened.instruction() + ":" + reopened.resultDue());
    }
}

package org.linkage110.supervision.internal;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.linkage110.domain.event.OutboxMessageDead;

/** The office is warned when the outbox gives up on a message, so someone looks at the console. */
@Stateless
public class DeadMessageWarning {

    static final String KIND = "OUTBOX_DEAD";

    @Inject
    NotificationDesk notifications;

    public void warn(@Observes OutboxMessageDead dead) {
        String text = "外发消息 " + dead.messageId() + "（" + dead.messageType() + " → " + dead.destination() + "）"
                + dead.attempts() + " 次投递失败，已停止重试：" + dead.lastError() + "。请在外发消息控制台处理。";
        notifications.raise(Notification.OFFICE, KIND, null, dead.messageId(), text,
                KIND + ":" + dead.messageId() + ":" + java.util.UUID.randomUUID()); // a message may die again after a retry
    }
}

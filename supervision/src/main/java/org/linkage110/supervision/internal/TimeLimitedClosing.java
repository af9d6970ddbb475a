package org.linkage110.supervision.internal;

import org.linkage110.supervision.SupervisionProblem;
import java.time.Duration;
import java.time.Instant;
import org.linkage110.routing.IllegalMoveException;
import org.linkage110.routing.RoutingRefusedException;

/**
 * 限时销号 (002): every instrument has a closing deadline, some time after its answer is due; a
 * unit's part is closed only when the office accepts its answer, and an answer the office refuses
 * (with the reason) goes back to the unit, which answers again. A closed part stays closed.
 */
public final class TimeLimitedClosing {

    private TimeLimitedClosing() {
    }

    /** The closing deadline of an instrument whose answer is due at {@code answerDue}. */
    public static Instant closeDue(Instant answerDue, Duration closeAfter) {
        return answerDue.plus(closeAfter);
    }

    /** The office accepts the unit's answer: the unit's part is closed. */
    public static void accept(InstrumentRecipient recipient, String by, Instant at) {
        answeredAndOpen(recipient);
        recipient.close(by, at);
    }

    /** The office refuses the unit's answer, saying why: the unit answers again. */
    public static void refuse(InstrumentRecipient recipient, String reason) {
        answeredAndOpen(recipient);
        if (reason == null || reason.isBlank() || reason.length() > 2000) {
            throw RoutingRefusedException.of("text", SupervisionProblem.STILL_MISSING_UP_TO, 2000);
        }
        recipient.refuse(reason.strip());
    }

    private static void answeredAndOpen(InstrumentRecipient recipient) {
        if (recipient.closed()) {
            throw IllegalMoveException.illegal("closed already");
        }
        if (!recipient.answered()) {
            throw IllegalMoveException.illegal("the unit has not answered yet");
        }
    }
}

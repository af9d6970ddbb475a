package org.linkage110.routing;

import java.time.Instant;
import org.linkage110.domain.calendar.Stage;

/**
 * The deadline of one stage of an instruction and whether (and when) it was met: {@code outcome}
 * DONE, SKIPPED (the instruction ended first) or NOT_APPLICABLE ({@code note} says why);
 * {@code extended} after an accepted extension, {@code reopened} when a reopening set it anew.
 */
public record StageView(Stage stage, Instant dueAt, Instant doneAt, String outcome, boolean extended, boolean reopened,
                        String note) implements java.io.Serializable {

    public boolean open() {
        return doneAt == null;
    }

    /** Past its deadline: still open after it, or met late. A stage that did not apply is never overdue. */
    public boolean overdueAt(Instant now) {
        if ("NOT_APPLICABLE".equals(outcome) || "SKIPPED".equals(outcome)) {
            return false;
        }
        return doneAt == null ? now.isAfter(dueAt) : doneAt.isAfter(dueAt);
    }
}

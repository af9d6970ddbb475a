package org.linkage110.routing;

import java.time.Instant;
import org.linkage110.domain.calendar.Stage;

/** The deadline of one stage of an instruction and whether (and when) it was met. */
public record StageView(Stage stage, Instant dueAt, Instant doneAt, String outcome, boolean extended) {

    public boolean open() {
        return doneAt == null;
    }

    public boolean overdueAt(Instant now) {
        return doneAt == null ? now.isAfter(dueAt) : doneAt.isAfter(dueAt);
    }
}

package org.linkage110.supervision;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.linkage110.domain.calendar.Stage;
import org.linkage110.routing.StageView;

/**
 * How a unit did on a simulated alert: each measured stage (sign for, contact the caller, arrive)
 * that bound its instruction, met on time or not, and a score out of 100 — the share of those
 * stages met on time, weighted 40 / 30 / 30.
 */
public record DrillScore(List<Line> lines, int score) implements java.io.Serializable {

    /** One measured stage: due, done (null when not yet), on time, and how long it took from dispatch. */
    public record Line(Stage stage, Instant dueAt, Instant doneAt, boolean onTime, Duration taken) implements java.io.Serializable {
    }

    private static final List<Stage> MEASURED = List.of(Stage.SIGN_FOR, Stage.CALLER_CONTACT, Stage.ARRIVE);

    static int weight(Stage stage) {
        return switch (stage) {
            case SIGN_FOR -> 40;
            default -> 30;
        };
    }

    /** The score of the lead instruction's stages, as of {@code now}. */
    public static DrillScore of(List<StageView> stages, Instant dispatchedAt) {
        List<Line> lines = stages.stream().filter(s -> MEASURED.contains(s.stage()))
                .sorted(java.util.Comparator.comparing(s -> MEASURED.indexOf(s.stage())))
                .map(s -> new Line(s.stage(), s.dueAt(), "DONE".equals(s.outcome()) ? s.doneAt() : null,
                        "DONE".equals(s.outcome()) && !s.doneAt().isAfter(s.dueAt()),
                        "DONE".equals(s.outcome()) ? Duration.between(dispatchedAt, s.doneAt()) : null))
                .toList();
        int possible = lines.stream().mapToInt(l -> weight(l.stage())).sum();
        int earned = lines.stream().filter(Line::onTime).mapToInt(l -> weight(l.stage())).sum();
        return new DrillScore(lines, possible == 0 ? 0 : Math.round(100f * earned / possible));
    }
}

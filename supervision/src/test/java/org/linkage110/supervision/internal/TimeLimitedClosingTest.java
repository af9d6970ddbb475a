package org.linkage110.supervision.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.linkage110.routing.IllegalMoveException;
import org.linkage110.routing.RoutingRefusedException;

/** 限时销号: closed only on an accepted answer; a refused one goes back to the unit; closed stays closed. */
class TimeLimitedClosingTest {

    private static final Instant NOW = Instant.parse("2026-12-01T02:00:00Z");

    @Test
    void theClosingDeadlineFollowsTheAnswerDeadline() {
        assertThat(TimeLimitedClosing.closeDue(NOW, Duration.ofDays(7))).isEqualTo(Instant.parse("2026-12-08T02:00:00Z"));
    }

    @Test
    void aPartWithoutAnAnswerIsNeitherClosedNorRefused() {
        InstrumentRecipient unit = new InstrumentRecipient(1, "SD_LINGXI");
        assertThatThrownBy(() -> TimeLimitedClosing.accept(unit, "supervisor", NOW)).isInstanceOf(IllegalMoveException.class);
        assertThatThrownBy(() -> TimeLimitedClosing.refuse(unit, "请补充照片")).isInstanceOf(IllegalMoveException.class);
        assertThat(unit.toView().closedAt()).isNull();
    }

    @Test
    void aRefusedAnswerGoesBackToTheUnitWithTheReasonAndTheNextAnswerCanBeAccepted() {
        InstrumentRecipient unit = new InstrumentRecipient(1, "SD_LINGXI");
        unit.answer("已整改", "sd_lingxi-head", NOW);
        assertThatThrownBy(() -> TimeLimitedClosing.refuse(unit, " ")).isInstanceOf(RoutingRefusedException.class);
        TimeLimitedClosing.refuse(unit, "请附整改后现场照片");
        assertThat(unit.toView().answeredAt()).as("the unit answers again").isNull();
        assertThat(unit.toView().refusal()).isEqualTo("请附整改后现场照片");

        unit.answer("已附照片", "sd_lingxi-head", NOW.plusSeconds(60));
        TimeLimitedClosing.accept(unit, "supervisor", NOW.plusSeconds(120));
        assertThat(unit.toView().closedAt()).isEqualTo(NOW.plusSeconds(120));
        assertThat(unit.toView().closedBy()).isEqualTo("supervisor");
        assertThatThrownBy(() -> TimeLimitedClosing.refuse(unit, "再补充")).isInstanceOf(IllegalMoveException.class);
        assertThatThrownBy(() -> TimeLimitedClosing.accept(unit, "supervisor", NOW)).isInstanceOf(IllegalMoveException.class);
    }
}

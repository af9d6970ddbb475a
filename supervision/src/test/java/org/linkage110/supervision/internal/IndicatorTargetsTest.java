package org.linkage110.supervision.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.linkage110.supervision.FigureQuery;
import org.linkage110.supervision.FigureSet;
import org.linkage110.supervision.Indicator;

class IndicatorTargetsTest {

    private static final FigureQuery DAY = FigureQuery.days(LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 1));

    private static IndicatorTargets targets(String targets, double amber) {
        IndicatorTargets t = new IndicatorTargets();
        t.targets = targets;
        t.amberMargin = amber;
        t.parse();
        return t;
    }

    private static FactCounts counts(Object... columnsAndAmounts) {
        FactCounts counts = new FactCounts();
        for (int i = 0; i < columnsAndAmounts.length; i += 2) {
            counts.add((String) columnsAndAmounts[i], ((Number) columnsAndAmounts[i + 1]).longValue());
        }
        return counts;
    }

    @Test
    void aLeastIsGreenWhenMetAmberWithinTheMarginAndRedBeyondIt() {
        IndicatorTargets t = targets("COMPLETION>=0.90", 0.05);
        assertEquals(Indicator.Status.GREEN, t.set(DAY, counts("diverted", 10, "closed", 9)).indicator("COMPLETION").status());
        assertEquals(Indicator.Status.AMBER, t.set(DAY, counts("diverted", 100, "closed", 86)).indicator("COMPLETION").status());
        assertEquals(Indicator.Status.RED, t.set(DAY, counts("diverted", 100, "closed", 84)).indicator("COMPLETION").status());
    }

    @Test
    void aMostIsGreenAtOrBelowItsTarget() {
        IndicatorTargets t = targets("REPEAT<=0.10", 0.05);
        FigureSet low = t.set(DAY, counts("received", 90, "repeats", 10));
        assertEquals(0.10, low.indicator("REPEAT").value(), 1e-12);
        assertEquals(Indicator.Status.GREEN, low.indicator("REPEAT").status());
        assertEquals(Indicator.Status.AMBER, t.set(DAY, counts("received", 86, "repeats", 14)).indicator("REPEAT").status());
        assertEquals(Indicator.Status.RED, t.set(DAY, counts("received", 80, "repeats", 20)).indicator("REPEAT").status());
    }

    @Test
    void nothingToCountAndNoTargetAreSaid() {
        FigureSet set = targets("COMPLETION>=0.90", 0.05).set(DAY, counts("dispatched", 4, "signed", 3));
        assertEquals(Indicator.Status.NO_DATA, set.indicator("COMPLETION").status());
        assertNull(set.indicator("COMPLETION").value());
        assertEquals(Indicator.Status.NO_TARGET, set.indicator("SIGN_FOR").status());
        assertEquals(0.75, set.indicator("SIGN_FOR").value(), 1e-12);
        assertEquals(4L, set.counts().get("dispatched"));
    }

    @Test
    void aTargetWithoutItsComparisonIsRefusedAtStart() {
        assertThrows(IllegalStateException.class, () -> targets("COMPLETION=0.9", 0.05));
    }
}

package org.linkage110.supervision;

/**
 * One figure: numerator over denominator ({@code value} null when there is nothing to divide),
 * and against its target, if it has one, green, amber (within the margin) or red. The counts it is
 * made of are named (README, Indicators) for drilling down: {@code denominatorOf} may be a sum
 * "a+b".
 */
public record Indicator(String code, String nameZh, String nameEn, long numerator, long denominator, Double value,
                        Double target, boolean higherIsBetter, Status status, String numeratorOf,
                        String denominatorOf) implements java.io.Serializable {

    public enum Status {
        GREEN, AMBER, RED, NO_TARGET, NO_DATA
    }

    /** How a figure moved since an earlier period, and whether that is for the better. */
    public enum Trend {
        UP_BETTER, UP_WORSE, DOWN_BETTER, DOWN_WORSE, FLAT, NONE
    }

    /** The trend from {@code before} (the same figure of an earlier period) to this; NONE without both values. */
    public Trend trendSince(Indicator before) {
        if (value == null || before == null || before.value() == null) {
            return Trend.NONE;
        }
        double change = value - before.value();
        if (Math.abs(change) < 1e-9) {
            return Trend.FLAT;
        }
        boolean better = (change > 0) == higherIsBetter;
        return change > 0 ? (better ? Trend.UP_BETTER : Trend.UP_WORSE) : (better ? Trend.DOWN_BETTER : Trend.DOWN_WORSE);
    }
}

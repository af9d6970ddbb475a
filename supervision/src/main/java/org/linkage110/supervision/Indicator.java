package org.linkage110.supervision;

/**
 * One figure: numerator over denominator ({@code value} null when there is nothing to divide),
 * and against its target, if it has one, green, amber (within the margin) or red.
 */
public record Indicator(String code, String nameZh, String nameEn, long numerator, long denominator, Double value,
                        Double target, boolean higherIsBetter, Status status) {

    public enum Status {
        GREEN, AMBER, RED, NO_TARGET, NO_DATA
    }
}

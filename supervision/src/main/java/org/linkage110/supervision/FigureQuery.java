package org.linkage110.supervision;

import java.time.LocalDate;

/**
 * Which figures: days of receipt {@code from} to {@code to} (both included), and optionally one
 * unit, one tier, one sub-district, one category (e.g. {@code C03}).
 */
public record FigureQuery(LocalDate from, LocalDate to, String unit, Integer tier, String subDistrict,
                          String category) implements java.io.Serializable {

    public static FigureQuery days(LocalDate from, LocalDate to) {
        return new FigureQuery(from, to, null, null, null, null);
    }

    public FigureQuery forUnit(String unitCode) {
        return new FigureQuery(from, to, unitCode, tier, subDistrict, category);
    }

    /** The same slice over the period of the same number of days just before this one: what a trend compares with. */
    public FigureQuery previous() {
        long days = java.time.temporal.ChronoUnit.DAYS.between(from, to) + 1;
        return new FigureQuery(from.minusDays(days), from.minusDays(1), unit, tier, subDistrict, category);
    }

    public FigureQuery forSubDistrict(String subDistrictCode) {
        return new FigureQuery(from, to, unit, tier, subDistrictCode, category);
    }
}

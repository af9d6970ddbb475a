package org.linkage110.supervision;

import java.time.LocalDate;

/**
 * Which figures: days of receipt {@code from} to {@code to} (both included), and optionally one
 * unit, one tier, one sub-district, one category (e.g. {@code C03}).
 */
public record FigureQuery(LocalDate from, LocalDate to, String unit, Integer tier, String subDistrict,
                          String category) {

    public static FigureQuery days(LocalDate from, LocalDate to) {
        return new FigureQuery(from, to, null, null, null, null);
    }

    public FigureQuery forUnit(String unitCode) {
        return new FigureQuery(from, to, unitCode, tier, subDistrict, category);
    }
}

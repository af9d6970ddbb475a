package org.linkage110.supervision.internal;

import java.time.LocalDate;
import java.util.Comparator;

/**
 * The key of a daily fact row: day of receipt, unit, the unit's tier, sub-district and category
 * ("" where an order has none). Ordered, so that every transaction moving several rows locks them in
 * the same order.
 */
public record FactKey(LocalDate day, String unit, int tier, String subDistrict, String category)
        implements Comparable<FactKey> {

    private static final Comparator<FactKey> ORDER = Comparator.comparing(FactKey::day).thenComparing(FactKey::unit)
            .thenComparingInt(FactKey::tier).thenComparing(FactKey::subDistrict).thenComparing(FactKey::category);

    /** The unit and tier: what one order's fact rows are told apart by (the rest is the order's). */
    public String unitAndTier() {
        return unit + "|" + tier;
    }

    @Override
    public int compareTo(FactKey o) {
        return ORDER.compare(this, o);
    }
}

package org.linkage110.supervision;

import java.time.LocalDate;
import java.util.List;

/**
 * What the rebuild of one day's facts from the raw orders found: the day's orders and fact rows,
 * the orders whose stored facts differed from the recomputation, the daily rows that differed, and
 * the first of those differences ("stored→recomputed"). All of them are repaired by the rebuild.
 * {@code converted}: the day was still as the old sweep had built it; its differences are not counted.
 */
public record FactCheck(LocalDate day, int orders, int rows, int ordersDiffering, int rowsDiffering,
                        List<String> differences, boolean converted) implements java.io.Serializable {

    public FactCheck {
        differences = List.copyOf(differences);
    }

    public boolean differs() {
        return ordersDiffering + rowsDiffering > 0;
    }
}

package org.linkage110.supervision.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.linkage110.domain.calendar.Stage;
import org.linkage110.routing.FigureSource.InstructionFact;
import org.linkage110.routing.FigureSource.OrderFact;

class FactsOfOrdersTest {

    private static final ZoneId OFFICE = ZoneId.of("Asia/Shanghai");
    /** 23:30 UTC on the 14th is the 15th in the office's time zone. */
    private static final Instant RECEIVED = Instant.parse("2026-03-14T23:30:00Z");

    private static OrderFact order(String lead, boolean closed) {
        return new OrderFact(7, lead, 2, "SD_LINGXI", "C01", true, closed, false, RECEIVED);
    }

    private static InstructionFact instruction(String unit, boolean signed) {
        return new InstructionFact(7, unit, 2, signed, signed, false, false, signed ? Map.of(Stage.SIGN_FOR, true)
                : Map.of());
    }

    private static Map<FactKey, FactCounts> facts(OrderFact order, InstructionFact... instructions) {
        return FactsOfOrders.of(List.of(order), List.of(instructions), Map.of(7L, 2), List.of(), OFFICE).get(7L);
    }

    @Test
    void anOrderCountsUnderItsLeadAndEachInstructionUnderItsUnitOnItsDayOfReceipt() {
        Map<FactKey, FactCounts> facts = facts(order("CITY_MANAGEMENT_BUREAU", false),
                instruction("CITY_MANAGEMENT_BUREAU", true), instruction("SD_LINGXI", false));
        FactKey city = new FactKey(LocalDate.of(2026, 3, 15), "CITY_MANAGEMENT_BUREAU", 2, "SD_LINGXI", "C01");
        FactKey lingxi = new FactKey(LocalDate.of(2026, 3, 15), "SD_LINGXI", 2, "SD_LINGXI", "C01");
        assertThat(facts).containsOnlyKeys(city, lingxi);
        assertThat(facts.get(city).get("received")).isEqualTo(1);
        assertThat(facts.get(city).get("repeats")).isEqualTo(2);
        assertThat(facts.get(city).get("signed")).isEqualTo(1);
        assertThat(facts.get(city).get("sign_due")).isEqualTo(1);
        assertThat(facts.get(lingxi).get("received")).isZero();
        assertThat(facts.get(lingxi).get("dispatched")).isEqualTo(1);
    }

    @Test
    void applyingTheSameFactsAgainMovesNothing() {
        Map<FactKey, FactCounts> facts = facts(order("CITY_MANAGEMENT_BUREAU", true),
                instruction("CITY_MANAGEMENT_BUREAU", true));
        Map<FactKey, FactCounts> same = facts(order("CITY_MANAGEMENT_BUREAU", true),
                instruction("CITY_MANAGEMENT_BUREAU", true));
        assertThat(FactsOfOrders.delta(facts, same)).isEmpty();
    }

    @Test
    void aChangeMovesOnlyWhatChangedAndALeadThatChangesMovesTheOrderFromRowToRow() {
        Map<FactKey, FactCounts> dispatched = facts(order("CITY_MANAGEMENT_BUREAU", false),
                instruction("CITY_MANAGEMENT_BUREAU", false));
        Map<FactKey, FactCounts> signed = facts(order("CITY_MANAGEMENT_BUREAU", false),
                instruction("CITY_MANAGEMENT_BUREAU", true));
        Map<FactKey, FactCounts> delta = FactsOfOrders.delta(dispatched, signed);
        assertThat(delta).hasSize(1);
        FactCounts moved = delta.values().iterator().next();
        assertThat(moved.get("signed")).isEqualTo(1);
        assertThat(moved.get("received")).isZero();
        assertThat(moved.get("dispatched")).isZero();

        Map<FactKey, FactCounts> elsewhere = facts(order("URBAN_CONSTRUCTION_BUREAU", false),
                instruction("CITY_MANAGEMENT_BUREAU", false));
        Map<FactKey, FactCounts> relead = FactsOfOrders.delta(dispatched, elsewhere);
        assertThat(relead.values().stream().mapToLong(c -> c.get("received")).sum()).as("still one order").isZero();
        assertThat(relead.entrySet()).anySatisfy(e -> {
            assertThat(e.getKey().unit()).isEqualTo("URBAN_CONSTRUCTION_BUREAU");
            assertThat(e.getValue().get("received")).isEqualTo(1);
        });
        Map<FactKey, FactCounts> sum = FactsOfOrders.sum(List.of(dispatched, relead));
        assertThat(sum.values().stream().mapToLong(c -> c.get("received")).sum()).isEqualTo(1);
    }
}

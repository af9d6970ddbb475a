package org.linkage110.supervision.internal;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.linkage110.supervision.DisputedItem;

/**
 * The disputed-jurisdiction list (001) from the returned instructions kept among the facts
 * ({@link ReturnFacts}): the period's rows counted per item, unit and reason in one pass over the
 * day index, and the text of each reason read once, from the instruction that first gave it.
 */
@Stateless
public class DisputedItems {

    private static final int CHUNK = 500;

    /** The returns of one item by one unit with one reason (null: none given), and the first of them. */
    public record Returns(String itemCode, String unitCode, String reasonKey, long count, long firstInstruction) {
    }

    @PersistenceContext(unitName = "supervision")
    EntityManager em;

    /** Items sent back at least {@code minimum} times among the orders received from {@code from} to {@code to}. */
    public List<DisputedItem> of(LocalDate from, LocalDate to, int minimum) {
        List<Returns> returns = new ArrayList<>();
        for (Object found : em.createNativeQuery("SELECT item_code, unit_code, reason_key, COUNT(*), MIN(instruction_id) "
                + "FROM supervision_order_return WHERE day >= ? AND day <= ? GROUP BY item_code, unit_code, reason_key")
                .setParameter(1, from).setParameter(2, to).getResultList()) {
            Object[] r = (Object[]) found;
            returns.add(new Returns((String) r[0], (String) r[1], r[2] == null ? null : HexFormat.of().formatHex((byte[]) r[2]),
                    ((Number) r[3]).longValue(), ((Number) r[4]).longValue()));
        }
        return listed(returns, minimum, this::reasonsOf);
    }

    /**
     * The list from the period's counted returns: items at or above the minimum, most sent back first
     * (then by code); each item's units in code order, its reasons in the order first given, blank
     * ones left out; {@code reasons} gives the text of the reasons by the instruction that first gave them.
     */
    public static List<DisputedItem> listed(List<Returns> returns, int minimum,
                                            java.util.function.Function<List<Long>, Map<Long, String>> reasons) {
        Map<String, List<Returns>> byItem = new TreeMap<>();
        returns.forEach(r -> byItem.computeIfAbsent(r.itemCode(), item -> new ArrayList<>()).add(r));
        byItem.values().removeIf(item -> item.stream().mapToLong(Returns::count).sum() < minimum);
        Map<String, Map<String, Long>> firstByItem = new HashMap<>();
        List<Long> firsts = new ArrayList<>();
        byItem.forEach((item, rows) -> {
            Map<String, Long> first = new HashMap<>();
            rows.stream().filter(r -> r.reasonKey() != null)
                    .forEach(r -> first.merge(r.reasonKey(), r.firstInstruction(), Math::min));
            firstByItem.put(item, first);
            firsts.addAll(first.values());
        });
        Map<Long, String> texts = firsts.isEmpty() ? Map.of() : reasons.apply(firsts);
        return byItem.entrySet().stream().map(e -> new DisputedItem(e.getKey(),
                        e.getValue().stream().mapToLong(Returns::count).sum(),
                        List.copyOf(new TreeSet<>(e.getValue().stream().map(Returns::unitCode).toList())),
                        firstByItem.get(e.getKey()).values().stream().sorted().map(texts::get)
                                .filter(text -> text != null && !text.isBlank()).distinct().toList()))
                .sorted(Comparator.comparingLong(DisputedItem::returns).reversed().thenComparing(DisputedItem::itemCode))
                .toList();
    }

    private Map<Long, String> reasonsOf(List<Long> instructions) {
        Map<Long, String> texts = new LinkedHashMap<>();
        for (int at = 0; at < instructions.size(); at += CHUNK) {
            List<Long> some = instructions.subList(at, Math.min(instructions.size(), at + CHUNK));
            var select = em.createNativeQuery("SELECT instruction_id, reason FROM supervision_order_return "
                    + "WHERE instruction_id IN (" + String.join(", ", Collections.nCopies(some.size(), "?")) + ")");
            for (int i = 0; i < some.size(); i++) {
                select.setParameter(i + 1, some.get(i));
            }
            for (Object found : select.getResultList()) {
                Object[] r = (Object[]) found;
                texts.put(((Number) r[0]).longValue(), (String) r[1]);
            }
        }
        return texts;
    }
}

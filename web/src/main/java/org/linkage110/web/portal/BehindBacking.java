package org.linkage110.web.portal;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.linkage110.supervision.FigureEntry;
import org.linkage110.supervision.Figures;

/**
 * Drill-down from the dashboard: the orders, instructions or callbacks behind one count of the
 * figures, for the same period and slice; they add up to the number the dashboard showed.
 */
@Named
@ViewScoped
public class BehindBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Figures figures;

    @Inject
    RoutingFeedback feedback;

    private final FigureFilter filter = new FigureFilter();
    private String count;
    private List<FigureEntry> entries = List.of();

    public void load() {
        feedback.attempt(() -> entries = figures.behind(filter.query(), count));
    }

    public List<FigureEntry> getEntries() {
        return entries;
    }

    /** What the entries add up to: the figure on the dashboard. */
    public long getTotal() {
        return entries.stream().mapToLong(FigureEntry::adds).sum();
    }

    /** What a row shows of its order or instruction: when, what, where, how it stands. */
    public record Row(java.time.Instant receivedAt, String itemCode, String address, String status)
            implements Serializable {
    }

    @Inject
    org.linkage110.routing.Orders orders;

    @Inject
    org.linkage110.routing.Instructions instructions;

    @Inject
    CurrentUser currentUser;

    /** Read for the rows shown only (a page at a time), once each. */
    private final Map<String, Row> rows = new HashMap<>();

    /**
     * The office sees the order's receipt, item, address and status; a unit operator their
     * instruction's (for counts of instructions), nothing more for counts of orders.
     */
    public Row row(FigureEntry entry) {
        boolean office = currentUser.isOffice();
        if (!office && entry.instructionId() == 0) {
            return new Row(null, null, null, null);
        }
        return rows.computeIfAbsent((office ? "o" : "i") + (office ? entry.orderId() : entry.instructionId()), key -> {
            if (office) {
                return orders.find(entry.orderId()).map(o -> new Row(o.receivedAt(), o.itemCode(), o.address(),
                        "orderStatus." + o.status())).orElse(new Row(null, null, null, null));
            }
            var i = instructions.find(entry.instructionId());
            return new Row(i.task().receivedAt(), i.task().itemCode(), i.task().address(),
                    "instructionStatus." + i.status());
        });
    }

    public FigureFilter getFilter() {
        return filter;
    }

    public String getCount() {
        return count;
    }

    public void setCount(String count) {
        this.count = count;
    }
}

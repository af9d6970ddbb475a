package org.linkage110.web.portal;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
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

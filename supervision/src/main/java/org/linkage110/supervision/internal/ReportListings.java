package org.linkage110.supervision.internal;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.linkage110.intake.Taxonomy;
import org.linkage110.supervision.Assessments;
import org.linkage110.supervision.FigureQuery;
import org.linkage110.supervision.Figures;
import org.linkage110.supervision.IndicatorDefinition;

/**
 * The listings a report adds after its tables: the quarter's assessment (考核) of every unit, and the
 * period's disputed-jurisdiction list (001) for the monthly consultation with the units.
 */
@Stateless
public class ReportListings {

    @Inject
    Assessments assessments;

    @Inject
    DisputedItems disputedItems;

    @Inject
    Taxonomy taxonomy;

    @Inject
    Figures figures;

    /** The quarter's assessment: every unit's score from its weighed rates, ranked, with the weights. */
    public ReportFiles.Listing assessment(FigureQuery quarter) {
        String weights = String.join("、", assessments.weights().entrySet().stream()
                .map(w -> nameOf(w.getKey()) + " " + w.getValue()).toList());
        return new ReportFiles.Listing("各单位考核得分（权重：" + weights + "）", List.of("名次", "单位", "得分"),
                assessments.scoresOf(quarter).stream().map(s -> List.of(String.valueOf(s.rank()), s.nameZh(),
                        s.score() == null ? "—" : String.format("%.1f", s.score()))).toList());
    }

    /** The items sent back at least the configured number of times among the period's orders, units by name. */
    public ReportFiles.Listing disputed(LocalDate from, LocalDate to, Map<String, String> names) {
        int disputedMinimum = figures.disputedMinimum();
        Map<String, String> items = new HashMap<>();
        taxonomy.entries().forEach(e -> items.put(e.code(), e.nameZh()));
        List<List<String>> rows = disputedItems.of(from, to, disputedMinimum).stream()
                .map(d -> List.of(d.itemCode() + " " + items.getOrDefault(d.itemCode(), ""), String.valueOf(d.returns()),
                        String.join("、", d.units().stream().map(u -> names.getOrDefault(u, u)).toList()),
                        d.reasons().isEmpty() ? "—" : String.join("；", d.reasons())))
                .toList();
        return new ReportFiles.Listing("职责争议事项（退单 " + disputedMinimum + " 次及以上，提请月度会商）",
                List.of("事项", "退单次数", "涉及单位", "退单理由"), rows);
    }

    private static String nameOf(String figure) {
        return IndicatorDefinition.ALL.stream().filter(d -> d.code().equals(figure)).map(IndicatorDefinition::nameZh)
                .findFirst().orElse(figure);
    }
}

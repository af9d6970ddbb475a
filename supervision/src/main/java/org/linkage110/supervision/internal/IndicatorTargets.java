package org.linkage110.supervision.internal;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.linkage110.supervision.FigureQuery;
import org.linkage110.supervision.FigureSet;
import org.linkage110.supervision.Indicator;
import org.linkage110.supervision.IndicatorDefinition;

/**
 * The figures of a set of counts, each measured against the office's target for it
 * ({@code app.targets}): green when met, amber when short of it by no more than
 * {@code app.targets.amber-margin}, red beyond that; no target, or nothing to count, says so.
 */
@ApplicationScoped
public class IndicatorTargets {

    @Inject
    @ConfigProperty(name = "app.targets", defaultValue = "RESPONSE>=1.00,COMPLETION>=0.90,SATISFACTION>=0.95,REPEAT<=0.10")
    String targets;

    @Inject
    @ConfigProperty(name = "app.targets.amber-margin", defaultValue = "0.05")
    double amberMargin;

    /** Code → the target and whether it is a least (higher is better) or a most. */
    private Map<String, Goal> goals;

    private record Goal(double target, boolean atLeast) {
    }

    @PostConstruct
    void parse() {
        Map<String, Goal> parsed = new LinkedHashMap<>();
        for (String entry : targets.split(",")) {
            String e = entry.strip();
            int at = e.contains(">=") ? e.indexOf(">=") : e.indexOf("<=");
            if (at < 0) {
                throw new IllegalStateException("a target is CODE>=value or CODE<=value: " + e);
            }
            parsed.put(e.substring(0, at), new Goal(Double.parseDouble(e.substring(at + 2)), e.startsWith(">=", at)));
        }
        goals = Map.copyOf(parsed);
    }

    public FigureSet set(FigureQuery q, FactCounts counts) {
        Map<String, Long> named = new LinkedHashMap<>();
        FactCounts.COLUMNS.forEach(c -> named.put(c, counts.get(c)));
        List<Indicator> indicators = new ArrayList<>();
        for (IndicatorDefinition d : IndicatorDefinition.ALL) {
            long numerator = counts.get(d.numeratorOf());
            long denominator = d.denominatorOf().stream().mapToLong(counts::get).sum();
            Double value = denominator == 0 ? null : (double) numerator / denominator;
            Goal goal = goals.get(d.code());
            indicators.add(new Indicator(d.code(), d.nameZh(), d.nameEn(), numerator, denominator, value,
                    goal == null ? null : goal.target(), d.higherIsBetter(), status(value, goal), d.numeratorOf(),
                    String.join("+", d.denominatorOf())));
        }
        return new FigureSet(q, named, indicators);
    }

    private Indicator.Status status(Double value, Goal goal) {
        if (value == null) {
            return Indicator.Status.NO_DATA;
        }
        if (goal == null) {
            return Indicator.Status.NO_TARGET;
        }
        double gap = goal.atLeast() ? goal.target() - value : value - goal.target();
        if (gap <= 1e-9) {
            return Indicator.Status.GREEN;
        }
        return gap <= amberMargin + 1e-9 ? Indicator.Status.AMBER : Indicator.Status.RED;
    }
}

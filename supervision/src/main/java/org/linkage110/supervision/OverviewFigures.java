package org.linkage110.supervision;

import java.util.Map;
import org.linkage110.domain.Tier;

/** The figures on the office's home page. */
public record OverviewFigures(long incidents, Map<Tier, Long> unitsPerTier) implements java.io.Serializable {

    public OverviewFigures {
        unitsPerTier = Map.copyOf(unitsPerTier);
    }
}

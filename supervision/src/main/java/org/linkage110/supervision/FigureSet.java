package org.linkage110.supervision;

import java.util.List;
import java.util.Map;

/** The indicators of a query, with the counts they are made of. */
public record FigureSet(FigureQuery query, Map<String, Long> counts, List<Indicator> indicators) implements java.io.Serializable {

    public Indicator indicator(String code) {
        return indicators.stream().filter(i -> i.code().equals(code)).findFirst().orElseThrow();
    }
}

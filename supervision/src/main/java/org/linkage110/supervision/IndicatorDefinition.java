package org.linkage110.supervision;

import java.util.List;

/** How a figure is made: the count over the count (or the sum of counts) it divides by (README, Indicators). */
public record IndicatorDefinition(String code, String nameZh, String nameEn, String numeratorOf,
                                  List<String> denominatorOf) {
}

package org.linkage110.supervision;

import java.util.List;

/**
 * A taxonomy item whose orders units sent back (退单) in a period: how often, by which units (by code,
 * in code order), with what reasons (each once, first given first). The disputed-jurisdiction list of
 * the monthly consultation (001) is made of them.
 */
public record DisputedItem(String itemCode, long returns, List<String> units, List<String> reasons)
        implements java.io.Serializable {
}

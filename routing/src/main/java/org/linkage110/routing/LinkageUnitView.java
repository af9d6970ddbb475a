package org.linkage110.routing;

import org.linkage110.domain.Tier;

/** A linkage unit as other modules and pages see it. */
public record LinkageUnitView(String code, String nameZh, String nameEn, Tier tier, String kind) implements java.io.Serializable {
}

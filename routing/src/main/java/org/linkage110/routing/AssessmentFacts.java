package org.linkage110.routing;

import java.util.Objects;

/**
 * What the assessment (研判) looks at: the taxonomy item and the flags — those the call-taker gave
 * together with those inferred from the description.
 */
public record AssessmentFacts(String itemCode, boolean onSceneDispute, boolean threatToSafety, boolean utilitiesHazard,
                              boolean needsPoliceFirst) implements java.io.Serializable {

    public AssessmentFacts {
        Objects.requireNonNull(itemCode, "itemCode");
    }
}

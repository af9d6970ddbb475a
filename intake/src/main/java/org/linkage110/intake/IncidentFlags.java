package org.linkage110.intake;

/**
 * What the call-taker flagged (DOMAIN.md, Intake); assessment reads them to choose between source
 * diversion and joint handling.
 */
public record IncidentFlags(boolean onSceneDispute, boolean threatToSafety, boolean utilitiesHazard,
                            boolean needsPoliceFirst) implements java.io.Serializable {

    public static final IncidentFlags NONE = new IncidentFlags(false, false, false, false);
}

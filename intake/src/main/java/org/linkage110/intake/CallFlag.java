package org.linkage110.intake;

/** The four flags of a call (DOMAIN.md, Intake), as the call-taker ticks them or the reading infers them. */
public enum CallFlag {
    ON_SCENE_DISPUTE, THREAT_TO_SAFETY, UTILITIES_HAZARD, NEEDS_POLICE_FIRST
}

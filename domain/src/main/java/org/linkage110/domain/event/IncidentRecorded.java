package org.linkage110.domain.event;

import java.time.Instant;
import java.util.Objects;
import org.linkage110.domain.IncidentId;
import org.linkage110.domain.IncidentSource;

/**
 * Intake opened a new order. Carries what other modules need to react without reading intake's
 * tables: where it is (address, and the grid when the sender knew it), what it is about (the
 * taxonomy item, may be null when nobody could tell) and the call-taker's four flags, plus the
 * caller and the words of the call as the handling units will be sent them. {@code drill} marks a
 * simulated alert: modules keep that fact where no unit-facing read looks, and send nothing out.
 */
public record IncidentRecorded(IncidentId incident, IncidentSource source, String externalNumber, Instant receivedAt,
                               String callerName, String callerPhone, String address, String gridCode,
                               String description, String categoryCode, Flags flags, boolean drill) implements java.io.Serializable {

    /** The call-taker's flags (DOMAIN.md, Intake), as assessment reads them. */
    public record Flags(boolean onSceneDispute, boolean threatToSafety, boolean utilitiesHazard,
                        boolean needsPoliceFirst) implements java.io.Serializable {
    }

    public IncidentRecorded {
        Objects.requireNonNull(incident, "incident");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(receivedAt, "receivedAt");
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(flags, "flags");
    }
}

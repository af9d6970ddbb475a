package org.linkage110.domain.event;

import java.time.Instant;
import java.util.Objects;
import org.linkage110.domain.IncidentId;
import org.linkage110.domain.IncidentSource;

/** Intake stored a new incident. */
public record IncidentRecorded(IncidentId incident, IncidentSource source, Instant receivedAt) {

    public IncidentRecorded {
        Objects.requireNonNull(incident, "incident");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(receivedAt, "receivedAt");
    }
}

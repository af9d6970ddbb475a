package org.linkage110.domain.event;

import java.time.Instant;
import java.util.Objects;
import org.linkage110.domain.IncidentId;
import org.linkage110.domain.IncidentSource;

/**
 * Intake opened a new order. Carries what other modules need to react without reading intake's
 * tables: where it is (address, and the grid when the sender knew it).
 */
public record IncidentRecorded(IncidentId incident, IncidentSource source, Instant receivedAt, String address,
                               String gridCode) {

    public IncidentRecorded {
        Objects.requireNonNull(incident, "incident");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(receivedAt, "receivedAt");
        Objects.requireNonNull(address, "address");
    }
}

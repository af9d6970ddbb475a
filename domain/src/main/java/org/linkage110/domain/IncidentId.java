package org.linkage110.domain;

/** Identifier of an incident (警情) inside the platform. */
public record IncidentId(long value) implements java.io.Serializable {

    public IncidentId {
        if (value <= 0) {
            throw new IllegalArgumentException("incident id must be positive: " + value);
        }
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}

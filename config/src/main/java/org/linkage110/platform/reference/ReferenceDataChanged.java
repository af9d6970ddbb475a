package org.linkage110.platform.reference;

/**
 * Fired when a change of this kind of reference data took effect, for those who keep copies of it:
 * on the server where it was made, and on every other server of a cluster (ReferenceChangesAcrossServers),
 * there with {@code fromAnotherServer}.
 */
public record ReferenceDataChanged(String kind, boolean fromAnotherServer) {

    public ReferenceDataChanged(String kind) {
        this(kind, false);
    }
}

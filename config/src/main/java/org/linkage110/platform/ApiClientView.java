package org.linkage110.platform;

import java.time.Instant;
import java.util.Set;

/**
 * An agency client as the administration API shows it, and as authentication knows it: who it is,
 * which agency (110, 12345) or linkage unit it speaks for, and the calls it may make. Never a secret.
 */
public record ApiClientView(String clientId, String agency, String nameZh, Set<ApiCall> allowedCalls,
                            boolean active, Instant createdAt, Instant rotatedAt, Instant previousValidUntil,
                            Instant revokedAt, String revokedReason, long version) implements java.io.Serializable {

    public boolean may(ApiCall call) {
        return allowedCalls.contains(call);
    }
}

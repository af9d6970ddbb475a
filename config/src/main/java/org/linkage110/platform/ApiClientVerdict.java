package org.linkage110.platform;

import java.time.Instant;

/** How an API key was judged: the client it belongs to, refused, or refused while the client is locked. */
public record ApiClientVerdict(ApiClientView client, Instant lockedUntil) implements java.io.Serializable {

    static ApiClientVerdict valid(ApiClientView client) {
        return new ApiClientVerdict(client, null);
    }

    static ApiClientVerdict refused() {
        return new ApiClientVerdict(null, null);
    }

    static ApiClientVerdict locked(Instant until) {
        return new ApiClientVerdict(null, until);
    }

    public boolean valid() {
        return client != null;
    }
}

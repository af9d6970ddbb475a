package org.linkage110.web.security;

import jakarta.enterprise.context.RequestScoped;
import java.time.Instant;
import org.linkage110.platform.ApiClientVerdict;
import org.linkage110.platform.SignInResult;

/**
 * This request's sign-in: where it came from (portal form, HTTP Basic, API key; the remote
 * address) for the audit trail, and how it ended, for the answer: a lock to report with
 * Retry-After, a password that must be changed first.
 */
@RequestScoped
public class SignInAttempt {

    private String channel = "portal";
    private String origin;
    private Instant lockedUntil;
    private boolean mustChangePassword;

    void from(String channel, String origin) {
        this.channel = channel;
        this.origin = origin;
    }

    String channel() {
        return channel;
    }

    String origin() {
        return origin;
    }

    void ended(SignInResult result) {
        lockedUntil = result.lockedUntil();
        mustChangePassword = result.account() != null && result.account().mustChangePassword();
    }

    void ended(ApiClientVerdict verdict) {
        lockedUntil = verdict.lockedUntil();
    }

    /** Set when the attempt was refused because the account or client is locked. */
    public Instant lockedUntil() {
        return lockedUntil;
    }

    public boolean mustChangePassword() {
        return mustChangePassword;
    }
}

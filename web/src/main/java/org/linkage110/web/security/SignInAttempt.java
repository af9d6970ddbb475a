package org.linkage110.web.security;

import jakarta.enterprise.context.RequestScoped;
import java.time.Instant;
import java.util.Optional;
import org.linkage110.platform.ApiClientVerdict;
import org.linkage110.platform.ApiClientView;
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
    private ApiClientView apiClient;

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
        apiClient = verdict.client();
    }

    /** The API client this request's key was verified as, as it was read then (none for other sign-ins). */
    public Optional<ApiClientView> apiClient() {
        return Optional.ofNullable(apiClient);
    }

    /** Set when the attempt was refused because the account or client is locked. */
    public Instant lockedUntil() {
        return lockedUntil;
    }

    public boolean mustChangePassword() {
        return mustChangePassword;
    }
}

package org.linkage110.platform;

import jakarta.ejb.ApplicationException;

/**
 * A platform use case (outbox console, webhooks, demo peers) refused a request: {@code status} is
 * the HTTP status it answers with (409 for a state that does not allow it, 422 for content that
 * does not fit, 404 for nothing there), {@code code} the stable problem code.
 */
@ApplicationException(rollback = true)
public class PlatformRefusedException extends RuntimeException {

    private final int status;
    private final String code;

    public PlatformRefusedException(int status, String code, String message) {
        super(message);
        this.status = status;
        this.code = code;
    }

    public static PlatformRefusedException notFound(String what) {
        return new PlatformRefusedException(404, "not-found", what + " does not exist");
    }

    public static PlatformRefusedException invalid(String message) {
        return new PlatformRefusedException(422, "unprocessable-request", message);
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }
}

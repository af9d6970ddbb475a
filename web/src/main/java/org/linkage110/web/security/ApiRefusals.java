package org.linkage110.web.security;

import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import org.linkage110.platform.Jsons;

/** The problem+json answers authentication gives before a call reaches the API: locked, password to change. */
final class ApiRefusals {

    /** Retry-After is capped: a lock only an administrator lifts still gets a finite, honest hint. */
    private static final long LONGEST_RETRY_AFTER = Duration.ofHours(1).toSeconds();

    private ApiRefusals() {
    }

    /** 429: too many failed sign-ins; Retry-After says when the lock ends. */
    static AuthenticationStatus locked(HttpServletResponse response, Instant until) {
        long seconds = Math.max(1, Math.min(LONGEST_RETRY_AFTER, Duration.between(Instant.now(), until).toSeconds()));
        response.setHeader("Retry-After", Long.toString(seconds));
        return write(response, 429, "too-many-failed-sign-ins", "Too Many Requests",
                "Too many failed sign-ins: locked until " + until + ". An administrator can unlock it.");
    }

    /** 403: a password an administrator set must be changed first (POST /api/v1/accounts/me/password). */
    static AuthenticationStatus passwordChangeRequired(HttpServletResponse response) {
        return write(response, 403, "password-change-required", "Forbidden",
                "The password was set by an administrator; choose your own first with POST "
                        + LinkageAuthenticationMechanism.OWN_PASSWORD + ".");
    }

    private static AuthenticationStatus write(HttpServletResponse response, int status, String code, String title,
                                              String detail) {
        try {
            response.setStatus(status);
            response.setContentType("application/problem+json");
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write(Jsons.createObjectBuilder()
                    .add("type", "urn:linkage110:problem:" + code)
                    .add("title", title)
                    .add("status", status)
                    .add("code", code)
                    .add("detail", detail)
                    .build().toString());
            response.flushBuffer();
        } catch (IOException e) {
            throw new IllegalStateException("cannot write the answer", e);
        }
        return AuthenticationStatus.SEND_FAILURE;
    }
}

package org.linkage110.web.api;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.security.Principal;
import java.time.Duration;
import java.util.Optional;

/** An API caller over its {@link AgencyRateLimit} gets 429 problem+json with Retry-After (whole seconds). */
@Provider
@Priority(Priorities.AUTHORIZATION - 100)
public class RateLimitFilter implements ContainerRequestFilter {

    @Inject
    AgencyRateLimit limits;

    @Override
    public void filter(ContainerRequestContext request) {
        Principal caller = request.getSecurityContext().getUserPrincipal();
        if (caller == null) {
            return; // unauthenticated calls never get here but the token refresh, which the sign-in guard watches
        }
        Optional<Duration> wait = limits.take(caller.getName());
        if (wait.isPresent()) {
            long seconds = Math.max(1, (wait.get().toMillis() + 999) / 1000);
            Response answer = Problem.of(Response.Status.TOO_MANY_REQUESTS, "rate-limited",
                    "Too many calls from " + caller.getName() + "; try again in " + seconds + " s.").toResponse();
            request.abortWith(Response.fromResponse(answer).header("Retry-After", Long.toString(seconds)).build());
        }
    }
}

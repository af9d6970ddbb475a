package org.linkage110.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.util.Optional;
import org.linkage110.domain.Role;
import org.linkage110.platform.ApiCall;

/**
 * Refuses an agency client's call to an endpoint outside the groups of calls its administrator
 * allowed it (403 problem+json). An endpoint without {@link AllowedCall} is for staff only, so an
 * agency client is refused there too, unless it is marked {@link EveryClient}.
 */
@Provider
public class AllowedCallFilter implements ContainerRequestFilter {

    @Context
    ResourceInfo resource;

    @Inject
    CallingAgency caller;

    @Override
    public void filter(ContainerRequestContext request) {
        if (!request.getSecurityContext().isUserInRole(Role.Names.AGENCY)) {
            return;
        }
        Optional<ApiCall> call = Optional.ofNullable(resource.getResourceMethod())
                .map(m -> m.getAnnotation(AllowedCall.class))
                .or(() -> Optional.ofNullable(resource.getResourceClass()).map(c -> c.getAnnotation(AllowedCall.class)))
                .map(AllowedCall::value);
        if (resource.getResourceMethod() == null || resource.getResourceMethod().isAnnotationPresent(EveryClient.class)) {
            return; // no endpoint matched (the 404 follows), or one for every client
        }
        if (call.isEmpty() || !caller.client().map(c -> c.may(call.get())).orElse(false)) {
            request.abortWith(Problem.of(Response.Status.FORBIDDEN, "call-not-allowed",
                    call.map(c -> "This client is not allowed " + c + " calls; its administrator can allow them.")
                            .orElse("This call is for staff accounts, not agency clients.")).toResponse());
        }
    }
}

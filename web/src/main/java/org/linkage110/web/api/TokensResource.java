package org.linkage110.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.linkage110.domain.Role;
import org.linkage110.platform.Accounts;
import org.linkage110.platform.Jsons;
import org.linkage110.web.security.BearerTokens;

/**
 * Tokens for desk systems. The exchange is authenticated like any API call (a staff account's
 * HTTP Basic, through the same identity stores and their protections, or an API client's
 * X-API-Key) and answers an access token for {@code Authorization: Bearer} and a refresh token;
 * the answer's fields are OAuth 2.0's (RFC 6749 §5.1), so ordinary client libraries read them.
 */
@Path("v1/tokens")
@RequestScoped
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class TokensResource {

    public record RefreshRequest(String refreshToken) {
    }

    @Inject
    BearerTokens tokens;

    @Inject
    Accounts accounts;

    @Context
    SecurityContext security;

    @Context
    HttpServletRequest request;

    @POST
    @EveryClient
    @Consumes({MediaType.APPLICATION_JSON, MediaType.WILDCARD})
    @Operation(summary = "Exchange a staff login (HTTP Basic) or an API client's key (X-API-Key) for a token",
            description = "Answers access_token (send it as Authorization: Bearer), expires_in (seconds), "
                    + "refresh_token and refresh_expires_in. A bearer token cannot be exchanged: refresh it.")
    @APIResponse(responseCode = "200", description = "The tokens")
    @APIResponse(responseCode = "401", description = "No or wrong credential")
    public Response exchange() {
        if (BearerTokens.carries(request.getHeader("Authorization"))) {
            return Problem.of(Response.Status.BAD_REQUEST, "token-not-exchangeable",
                    "A token is refreshed with its refresh token at /api/v1/tokens/refresh.").toResponse();
        }
        Set<String> roles = Arrays.stream(Role.values()).map(Role::name).filter(security::isUserInRole)
                .collect(Collectors.toSet());
        String kind = roles.contains(Role.Names.AGENCY) ? "client" : "staff";
        return Response.ok(json(tokens.issue(security.getUserPrincipal().getName(), roles, kind))).build();
    }

    @POST
    @Path("refresh")
    @Operation(summary = "A new token pair for a refresh token (no other credential)",
            description = "The account or client is looked up again: a disabled account gets no new token, "
                    + "and changed roles take effect.")
    @APIResponse(responseCode = "200", description = "The tokens")
    @APIResponse(responseCode = "401", description = "The refresh token is not valid, has expired, or its account is disabled")
    public Response refresh(RefreshRequest body) {
        Optional<BearerTokens.Subject> subject = tokens.refreshing(body == null ? null : body.refreshToken());
        Optional<Set<String>> roles = subject.flatMap(this::currentRoles);
        if (roles.isEmpty()) {
            return Problem.of(Response.Status.UNAUTHORIZED, "unauthenticated",
                    "The refresh token is not valid or has expired.").toResponse();
        }
        return Response.ok(json(tokens.issue(subject.get().name(), roles.get(), subject.get().kind()))).build();
    }

    private Optional<Set<String>> currentRoles(BearerTokens.Subject subject) {
        if ("client".equals(subject.kind())) {
            return accounts.apiClient(subject.name()).map(client -> Set.of(Role.Names.AGENCY));
        }
        return accounts.account(subject.name()).filter(account -> account.enabled())
                .map(account -> account.roles().stream().map(Role::name).collect(Collectors.toSet()));
    }

    private static JsonObject json(BearerTokens.Issued issued) {
        return Jsons.createObjectBuilder().add("access_token", issued.accessToken()).add("token_type", "Bearer")
                .add("expires_in", issued.expiresIn().toSeconds()).add("refresh_token", issued.refreshToken())
                .add("refresh_expires_in", issued.refreshExpiresIn().toSeconds()).build();
    }
}

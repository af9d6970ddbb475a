package org.linkage110.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.auth.message.callback.CallerPrincipalCallback;
import jakarta.security.auth.message.callback.GroupPrincipalCallback;
import jakarta.security.enterprise.AuthenticationException;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;
import org.linkage110.platform.Accounts;
import org.linkage110.platform.Jsons;
import org.linkage110.web.edge.SecurityHeaders;
import org.linkage110.web.edge.StartupGate;
import org.linkage110.web.edge.StartupState;
import javax.security.auth.callback.Callback;
import javax.security.auth.callback.UnsupportedCallbackException;

/**
 * One mechanism, two kinds of caller. Under {@code /api/} every request carries its own
 * credential and no session is created: an agency system's API key, or a staff account's name
 * and password (HTTP Basic, for the office's and the units' own desk systems), or a bearer token
 * exchanged for either ({@link BearerTokens}); an unauthenticated API call gets 401 as problem+json. Elsewhere a
 * person signs in once through the login page ({@code SecurityContext.authenticate} with a
 * username and password) and stays signed in for the HTTP session; an unauthenticated visit to a
 * protected page is sent to the login page.
 */
@ApplicationScoped
public class LinkageAuthenticationMechanism implements HttpAuthenticationMechanism {

    public static final String LOGIN_PAGE = "/login.xhtml";
    public static final String PASSWORD_PAGE = "/app/password.xhtml";
    /** The one API call a person whose password must change may make: changing it. */
    static final String OWN_PASSWORD = "/api/v1/accounts/me/password";

    @Inject
    IdentityStoreHandler identityStores;

    /**
     * Asked directly, not through the handler: the handler keeps groups only from stores that
     * provide groups for every caller, and an agency's role comes from its key alone.
     */
    @Inject
    ApiClientIdentityStore apiClients;

    @Inject
    SignInAttempt attempt;

    @Inject
    Accounts accounts;

    @Inject
    BearerTokens tokens;

    @Inject
    Open311Keys open311;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) throws AuthenticationException {
        SecurityHeaders.apply(request, response);
        if (!StartupState.ready()) { // starting or stopping: no credential is checked yet (see StartupGate)
            try {
                StartupGate.refuse(request, response);
                response.flushBuffer();
            } catch (IOException e) {
                throw new IllegalStateException("cannot write the 503 answer", e);
            }
            return AuthenticationStatus.SEND_FAILURE;
        }
        if (isApi(request)) {
            return validateApiCall(request, response, context);
        }
        if (Open311Keys.applies(request)) { // Open311 channels: see Open311Keys
            return open311.validate(request, context);
        }
        attempt.from("portal", request.getRemoteAddr());
        Credential credential = context.getAuthParameters().getCredential();
        if (credential != null) {
            CredentialValidationResult result = identityStores.validate(credential);
            if (result.getStatus() == CredentialValidationResult.Status.VALID) {
                context.setRegisterSession(result.getCallerPrincipal().getName(), result.getCallerGroups());
            }
            return context.notifyContainerAboutLogin(result);
        }
        Principal signedIn = request.getUserPrincipal();
        if (signedIn != null) {
            return resumeCheckedSession(request, response, context, signedIn);
        }
        if (context.isProtected()) {
            String target = request.getRequestURI().substring(request.getContextPath().length())
                    + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
            return context.redirect(request.getContextPath() + LOGIN_PAGE + "?continue="
                    + URLEncoder.encode(target, StandardCharsets.UTF_8));
        }
        return context.doNothing();
    }

    private AuthenticationStatus validateApiCall(HttpServletRequest request, HttpServletResponse response,
                                                 HttpMessageContext context) {
        String authorization = request.getHeader("Authorization");
        if (BearerTokens.carries(authorization)) { // a token from POST /api/v1/tokens: see BearerTokens
            CredentialValidationResult token = tokens.validate(authorization);
            return token.getStatus() == CredentialValidationResult.Status.VALID
                    ? context.notifyContainerAboutLogin(token)
                    : unauthorized(response, context, "The token is not valid or has expired.");
        }
        if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            attempt.from("basic", request.getRemoteAddr());
            UsernamePasswordCredential staff = basic(authorization.substring(6).strip());
            CredentialValidationResult result = staff == null
                    ? CredentialValidationResult.INVALID_RESULT
                    : identityStores.validate(staff);
            if (result.getStatus() != CredentialValidationResult.Status.VALID) {
                return attempt.lockedUntil() != null ? ApiRefusals.locked(response, attempt.lockedUntil())
                        : unauthorized(response, context, "The user name or password is not valid.");
            }
            if (attempt.mustChangePassword() && !request.getRequestURI().endsWith(OWN_PASSWORD)) {
                return ApiRefusals.passwordChangeRequired(response);
            }
            return context.notifyContainerAboutLogin(result);
        }
        String header = request.getHeader(ApiKeyCredential.HEADER);
        if (header == null) {
            return context.isProtected()
                    ? unauthorized(response, context, "This API needs the agency's key in the X-API-Key header.")
                    : context.doNothing();
        }
        attempt.from("api-key", request.getRemoteAddr());
        ApiKeyCredential key = ApiKeyCredential.parse(header);
        CredentialValidationResult result = key == null
                ? CredentialValidationResult.INVALID_RESULT
                : apiClients.validate(key);
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            return attempt.lockedUntil() != null ? ApiRefusals.locked(response, attempt.lockedUntil())
                    : unauthorized(response, context, "The API key is not valid.");
        }
        return context.notifyContainerAboutLogin(result);
    }

    /** A staff account's name and password from an HTTP Basic header; null when it is not one. */
    private static UsernamePasswordCredential basic(String encoded) {
        try {
            String pair = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
            int colon = pair.indexOf(':');
            return colon <= 0 ? null : new UsernamePasswordCredential(pair.substring(0, colon), pair.substring(colon + 1));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /**
     * A signed-in person opens a page: the account must still be enabled (a disabled one's session
     * ends here), and a password set by an administrator must be replaced before anything else. The
     * groups are the account's roles as they are now, read each time: a session carried to another
     * server of a cluster keeps its principal but not its groups, and a role taken away counts at once.
     */
    private AuthenticationStatus resumeCheckedSession(HttpServletRequest request, HttpServletResponse response,
                                                      HttpMessageContext context, Principal principal) {
        var account = accounts.account(principal.getName());
        if (account.isEmpty() || !account.get().enabled()) {
            try {
                request.logout();
            } catch (jakarta.servlet.ServletException e) {
                throw new IllegalStateException("cannot end the session of a disabled account", e);
            }
            Optional.ofNullable(request.getSession(false)).ifPresent(jakarta.servlet.http.HttpSession::invalidate);
            return context.redirect(request.getContextPath() + LOGIN_PAGE);
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (context.isProtected() && account.get().mustChangePassword() && !path.equals(PASSWORD_PAGE)) {
            return context.redirect(request.getContextPath() + PASSWORD_PAGE);
        }
        return resumeSession(context, principal, PortalIdentityStore.groups(account.get().roles()));
    }

    private static AuthenticationStatus resumeSession(HttpMessageContext context, Principal principal,
                                                      Set<String> groups) {
        try {
            context.getHandler().handle(new Callback[] {
                    new CallerPrincipalCallback(context.getClientSubject(), principal),
                    new GroupPrincipalCallback(context.getClientSubject(),
                            groups.toArray(String[]::new))});
        } catch (IOException | UnsupportedCallbackException e) {
            throw new IllegalStateException("cannot resume the signed-in session", e);
        }
        return AuthenticationStatus.SUCCESS;
    }

    private static AuthenticationStatus unauthorized(HttpServletResponse response, HttpMessageContext context,
                                                     String detail) {
        try {
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            response.setHeader("WWW-Authenticate", "ApiKey realm=\"linkage110\"");
            response.setContentType("application/problem+json");
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write(Jsons.createObjectBuilder()
                    .add("type", "urn:linkage110:problem:unauthenticated")
                    .add("title", "Unauthenticated")
                    .add("status", HttpServletResponse.SC_UNAUTHORIZED)
                    .add("code", "unauthenticated")
                    .add("detail", detail)
                    .build().toString());
            response.flushBuffer();
        } catch (IOException e) {
            throw new IllegalStateException("cannot write the 401 answer", e);
        }
        return AuthenticationStatus.SEND_FAILURE;
    }

    /**
     * The agency API, and the runtime's {@code /metrics} when the application is at the root context
     * (it then serves them in this application's URL space; web.xml lets only ADMIN in).
     */
    private static boolean isApi(HttpServletRequest request) {
        String uri = request.getRequestURI();
        return uri.startsWith(request.getContextPath() + "/api/")
                || request.getContextPath().isEmpty() && (uri.equals("/metrics") || uri.startsWith("/metrics/"));
    }
}

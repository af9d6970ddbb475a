package org.linkage110.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Open311 channels send their key as {@code api_key} (a form field or query parameter) or as
 * {@code X-API-Key}, in the form {@code <client id>.<secret>}. A valid one makes the caller that
 * API client; anything else leaves the caller anonymous, which is enough to read the services,
 * and the facade answers 403 in Open311's format where a channel is needed.
 */
@ApplicationScoped
public class Open311Keys {

    @Inject
    ApiClientIdentityStore apiClients;

    public static boolean applies(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/open311/");
    }

    public AuthenticationStatus validate(HttpServletRequest request, HttpMessageContext context) {
        String header = request.getHeader(ApiKeyCredential.HEADER);
        ApiKeyCredential key = ApiKeyCredential.parse(header != null ? header : request.getParameter("api_key"));
        if (key == null) {
            return context.doNothing();
        }
        CredentialValidationResult result = apiClients.validate(key);
        return result.getStatus() == CredentialValidationResult.Status.VALID
                ? context.notifyContainerAboutLogin(result)
                : context.doNothing();
    }
}

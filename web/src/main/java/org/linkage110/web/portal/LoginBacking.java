package org.linkage110.web.portal;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.util.logging.Logger;
import org.linkage110.web.security.LinkageAuthenticationMechanism;
import org.linkage110.web.security.SignInAttempt;

/** The login page. */
@Named
@RequestScoped
public class LoginBacking {

    static final String HOME = "/app/home.xhtml";
    private static final Logger LOG = Logger.getLogger(LoginBacking.class.getName());

    @Inject
    SecurityContext security;

    @Inject
    FacesContext faces;

    @Inject
    Messages messages;

    @Inject
    SignInAttempt attempt;

    @Inject
    Formats formats;

    @NotBlank
    @Size(max = 60)
    private String username;

    @NotBlank
    @Size(max = 200)
    private String password;

    private String continueTo;

    public void login() throws IOException {
        ExternalContext external = faces.getExternalContext();
        AuthenticationStatus status = security.authenticate(
                (HttpServletRequest) external.getRequest(),
                (HttpServletResponse) external.getResponse(),
                AuthenticationParameters.withParams()
                        .newAuthentication(true)
                        .credential(new UsernamePasswordCredential(username, new Password(password))));
        switch (status) {
            case SUCCESS -> {
                LOG.info(() -> "signed in: " + username);
                external.redirect(external.getRequestContextPath()
                        + (attempt.mustChangePassword() ? LinkageAuthenticationMechanism.PASSWORD_PAGE : safeTarget()));
            }
            case SEND_CONTINUE -> faces.responseComplete();
            default -> {
                LOG.info(() -> "sign-in refused: " + username);
                if (attempt.lockedUntil() != null) {
                    messages.errorText(messages.text("login.locked", "locked") + " " + formats.time(attempt.lockedUntil()));
                } else {
                    messages.error("login.failed");
                }
            }
        }
    }

    /** Only a path inside the application, so the login page cannot be used to send people elsewhere. */
    private String safeTarget() {
        if (continueTo != null && continueTo.startsWith("/app/") && !continueTo.contains("//")
                && !continueTo.contains("\\")) {
            return continueTo;
        }
        return HOME;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getContinueTo() {
        return continueTo;
    }

    public void setContinueTo(String continueTo) {
        this.continueTo = continueTo;
    }
}

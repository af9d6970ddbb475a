package org.linkage110.web.portal;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import org.linkage110.platform.Accounts;

/**
 * The change-password page, for everybody; the only page a person whose password an administrator
 * set may open until they have chosen their own.
 */
@Named
@RequestScoped
public class PasswordBacking {

    @Inject
    Accounts accounts;

    @Inject
    RoutingFeedback feedback;

    @Inject
    Messages messages;

    @Inject
    FacesContext faces;

    @Inject
    CurrentUser user;

    private String current;
    private String chosen;
    private String repeated;

    public boolean isRequired() {
        return user.account().map(a -> a.mustChangePassword()).orElse(false);
    }

    public void change() throws IOException {
        if (chosen == null || !chosen.equals(repeated)) {
            messages.error("password.mismatch");
            return;
        }
        if (feedback.attempt(() -> accounts.changeOwnPassword(current, chosen))) {
            ExternalContext external = faces.getExternalContext();
            external.getFlash().setKeepMessages(true);
            messages.info("password.changed");
            external.redirect(external.getRequestContextPath() + LoginBacking.HOME);
        }
    }

    public String getCurrent() {
        return current;
    }

    public void setCurrent(String current) {
        this.current = current;
    }

    public String getChosen() {
        return chosen;
    }

    public void setChosen(String chosen) {
        this.chosen = chosen;
    }

    public String getRepeated() {
        return repeated;
    }

    public void setRepeated(String repeated) {
        this.repeated = repeated;
    }
}

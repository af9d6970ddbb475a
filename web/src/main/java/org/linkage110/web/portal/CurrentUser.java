package org.linkage110.web.portal;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.ServletException;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.linkage110.domain.Role;
import org.linkage110.platform.AccountView;
import org.linkage110.platform.Accounts;

/** The signed-in person, for the layout and the home page. */
@Named
@RequestScoped
public class CurrentUser {

    @Inject
    SecurityContext security;

    @Inject
    Accounts accounts;

    @Inject
    FacesContext faces;

    private Optional<AccountView> account;

    public Optional<AccountView> account() {
        if (account == null) {
            account = security.getCallerPrincipal() == null
                    ? Optional.empty()
                    : accounts.account(security.getCallerPrincipal().getName());
        }
        return account;
    }

    public String getUsername() {
        return account().map(AccountView::username).orElse("");
    }

    public String getDisplayName() {
        boolean chinese = faces.getViewRoot().getLocale().getLanguage().equals(Locale.CHINESE.getLanguage());
        return account().map(a -> chinese ? a.displayNameZh() : a.displayNameEn()).orElse("");
    }

    public String getUnitCode() {
        return account().map(AccountView::unitCode).orElse(null);
    }

    /** The caller's roles, in the order of {@link Role}. */
    public List<Role> getRoles() {
        return Arrays.stream(Role.values()).filter(r -> security.isCallerInRole(r.name())).toList();
    }

    public boolean isOffice() {
        return security.isCallerInRole(Role.Names.DISPATCHER) || security.isCallerInRole(Role.Names.SUPERVISOR)
                || security.isCallerInRole(Role.Names.ADMIN);
    }

    public void logout() throws IOException, ServletException {
        ExternalContext external = faces.getExternalContext();
        ((HttpServletRequest) external.getRequest()).logout();
        external.invalidateSession();
        external.redirect(external.getRequestContextPath() + "/login.xhtml?bye=1");
    }
}

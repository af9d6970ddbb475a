package org.linkage110.web.portal;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.linkage110.domain.Role;
import org.linkage110.platform.AccountAdministration;
import org.linkage110.platform.AccountView;
import org.linkage110.platform.IssuedPassword;
import org.linkage110.platform.NewAccount;

/**
 * The accounts page (ADMIN): the accounts of a unit or role, a new account with its one-time
 * password shown once, and per account disable, enable, reset password, unlock.
 */
@Named
@ViewScoped
public class AccountsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AccountAdministration administration;

    @Inject
    RoutingFeedback feedback;

    @Inject
    Messages messages;

    private String filterUnit;
    private String filterRole;
    private String username;
    private String displayNameZh;
    private String displayNameEn;
    private List<String> roles = new ArrayList<>();
    private String unitCode;
    private String issuedFor;
    private String issuedPassword;

    public List<AccountView> getAccounts() {
        Role role = filterRole == null || filterRole.isBlank() ? null : Role.valueOf(filterRole);
        return administration.list(filterUnit == null || filterUnit.isBlank() ? null : filterUnit, role);
    }

    /** The roles a person can have: every role but an agency's. */
    public List<Role> getAssignableRoles() {
        return Arrays.stream(Role.values()).filter(r -> r != Role.AGENCY).toList();
    }

    public void create() {
        Set<Role> chosen = roles.stream().map(Role::valueOf).collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
        NewAccount request = new NewAccount(username == null ? null : username.strip(), displayNameZh, displayNameEn,
                chosen, unitCode == null || unitCode.isBlank() ? null : unitCode);
        if (feedback.attempt(() -> show(administration.create(request)))) {
            messages.info("accounts.created");
            username = null;
            displayNameZh = null;
            displayNameEn = null;
            roles = new ArrayList<>();
            unitCode = null;
        }
    }

    public void disable(AccountView account) {
        if (feedback.attempt(() -> administration.disable(account.username(), account.version()))) {
            messages.info("accounts.disabled");
        }
    }

    public void enable(AccountView account) {
        if (feedback.attempt(() -> administration.enable(account.username(), account.version()))) {
            messages.info("accounts.enabled");
        }
    }

    public void reset(AccountView account) {
        if (feedback.attempt(() -> show(administration.resetPassword(account.username())))) {
            messages.info("accounts.reset");
        }
    }

    public void unlock(AccountView account) {
        if (feedback.attempt(() -> administration.unlock(account.username()))) {
            messages.info("accounts.unlocked");
        }
    }

    private void show(IssuedPassword issued) {
        issuedFor = issued.account().username();
        issuedPassword = issued.oneTimePassword();
    }

    /** The one-time password just issued: shown on this render only, then forgotten. */
    public String takeIssuedPassword() {
        String password = issuedPassword;
        issuedPassword = null;
        return password;
    }

    public boolean isPasswordIssued() {
        return issuedPassword != null;
    }

    public String getIssuedFor() {
        return issuedFor;
    }

    public String getFilterUnit() {
        return filterUnit;
    }

    public void setFilterUnit(String filterUnit) {
        this.filterUnit = filterUnit;
    }

    public String getFilterRole() {
        return filterRole;
    }

    public void setFilterRole(String filterRole) {
        this.filterRole = filterRole;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getDisplayNameZh() {
        return displayNameZh;
    }

    public void setDisplayNameZh(String displayNameZh) {
        this.displayNameZh = displayNameZh;
    }

    public String getDisplayNameEn() {
        return displayNameEn;
    }

    public void setDisplayNameEn(String displayNameEn) {
        this.displayNameEn = displayNameEn;
    }

    public List<String> getRoles() {
        return roles;
    }

    public void setRoles(List<String> roles) {
        this.roles = roles;
    }

    public String getUnitCode() {
        return unitCode;
    }

    public void setUnitCode(String unitCode) {
        this.unitCode = unitCode;
    }
}

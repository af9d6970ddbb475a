package org.linkage110.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.linkage110.domain.Role;
import org.linkage110.platform.AccountAdministration;
import org.linkage110.platform.AccountView;
import org.linkage110.platform.Accounts;
import org.linkage110.platform.IssuedPassword;
import org.linkage110.platform.NewAccount;

/**
 * Portal accounts: ADMIN creates them (a one-time password in the answer, shown once), changes
 * their roles or unit, disables, enables, resets and unlocks them. Everybody reads their own
 * account and changes their own password.
 */
@Path("v1/accounts")
@RequestScoped
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class AccountsResource {

    /** An account as sent: the platform's {@code NewAccount} checks it. */
    public record AccountRequest(String username, String displayNameZh, String displayNameEn, Set<Role> roles,
                                 String unitCode) {

        NewAccount toNewAccount() {
            return new NewAccount(username, displayNameZh, displayNameEn, roles, unitCode);
        }
    }

    /** A person changing their own password. */
    public record PasswordChange(String currentPassword, String newPassword) {
    }

    @Inject
    AccountAdministration administration;

    @Inject
    Accounts accounts;

    @Inject
    SecurityContext security;

    @GET
    @Operation(summary = "Accounts, optionally of one unit and/or with one role (ADMIN)")
    public List<AccountView> list(@QueryParam("unit") String unit, @QueryParam("role") String role) {
        return administration.list(unit == null || unit.isBlank() ? null : unit, role(role));
    }

    @POST
    @Operation(summary = "Create an account (ADMIN); the answer carries its one-time password, shown only this once")
    public Response create(AccountRequest request) {
        IssuedPassword issued = administration.create(request == null ? null : request.toNewAccount());
        return Response.status(Response.Status.CREATED).entity(issued).tag(tag(issued.account())).build();
    }

    @GET
    @Path("me")
    @Operation(summary = "The caller's own account")
    public AccountView me() {
        return accounts.account(security.getCallerPrincipal().getName()).orElseThrow(NotFoundException::new);
    }

    @POST
    @Path("me/password")
    @Operation(summary = "Change the caller's own password (also the first call after a reset: nothing else is allowed "
            + "before it)")
    public AccountView changePassword(PasswordChange change) {
        if (change == null) {
            throw new BadRequestException("send currentPassword and newPassword");
        }
        return accounts.changeOwnPassword(change.currentPassword(), change.newPassword());
    }

    @GET
    @Path("{username}")
    @Operation(summary = "One account (ADMIN); the ETag is its version")
    public Response get(@PathParam("username") String username) {
        AccountView view = administration.find(username);
        return Response.ok(view).tag(tag(view)).build();
    }

    @PUT
    @Path("{username}")
    @Operation(summary = "New names, roles or unit for an account (ADMIN); If-Match with the ETag read")
    public Response describe(@PathParam("username") String username, @HeaderParam("If-Match") String ifMatch,
                             AccountRequest request) {
        if (request == null || !username.equals(request.username())) {
            throw new BadRequestException("send the account, with the username of the path");
        }
        AccountView view = administration.describe(request.toNewAccount(), Versions.ifMatch(ifMatch));
        return Response.ok(view).tag(tag(view)).build();
    }

    @POST
    @Path("{username}/disable")
    @Operation(summary = "Disable an account (ADMIN): it cannot sign in, its portal sessions end")
    public AccountView disable(@PathParam("username") String username, @HeaderParam("If-Match") String ifMatch) {
        return administration.disable(username, Versions.ifMatch(ifMatch));
    }

    @POST
    @Path("{username}/enable")
    @Operation(summary = "Enable a disabled account (ADMIN)")
    public AccountView enable(@PathParam("username") String username, @HeaderParam("If-Match") String ifMatch) {
        return administration.enable(username, Versions.ifMatch(ifMatch));
    }

    @POST
    @Path("{username}/password-reset")
    @Operation(summary = "Reset the password (ADMIN): a one-time password, shown once, to be changed at the next sign-in")
    public IssuedPassword reset(@PathParam("username") String username) {
        return administration.resetPassword(username);
    }

    @POST
    @Path("{username}/unlock")
    @Operation(summary = "Lift the lock that failed sign-ins put on the account (ADMIN)")
    public AccountView unlock(@PathParam("username") String username) {
        return administration.unlock(username);
    }

    private static Role role(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        try {
            return Role.valueOf(name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new BadRequestException("unknown role " + name);
        }
    }

    private static String tag(AccountView view) {
        return Long.toString(view.version());
    }
}

package org.linkage110.platform;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.util.List;
import org.linkage110.domain.Role;
import org.linkage110.platform.internal.Account;

/**
 * The administrator's work on portal accounts: create one (with a one-time password), change its
 * names, roles or unit, disable and enable it, reset its password, lift a sign-in lock. Every
 * change is audited; a disabled account cannot sign in, and its open portal sessions end at the
 * next request.
 */
@Stateless
@DeclareRoles(Role.Names.ADMIN)
@RolesAllowed(Role.Names.ADMIN)
public class AccountAdministration {

    static final int ONE_TIME_PASSWORD_LENGTH = 14;

    @PersistenceContext(unitName = "platform")
    EntityManager em;

    @Inject
    Accounts accounts;

    @Inject
    SignInGuard guard;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Inject
    UnitDirectory units;

    /** Accounts of this unit and with this role (either may be null for all), by unit then name. */
    public List<AccountView> list(String unitCode, Role role) {
        return em.createNamedQuery(Account.ALL, Account.class).getResultStream()
                .map(a -> accounts.account(a.username()).orElseThrow())
                .filter(a -> unitCode == null || unitCode.equals(a.unitCode()))
                .filter(a -> role == null || a.has(role))
                .toList();
    }

    public AccountView find(String username) {
        return view(existing(username, null));
    }

    public IssuedPassword create(@NotNull @Valid NewAccount request) {
        if (em.find(Account.class, request.username()) != null) {
            throw ChangeRefusedException.of("username", "username.taken", request.username() + " exists already");
        }
        requireUnit(request.unitCode());
        String password = Passwords.randomText(ONE_TIME_PASSWORD_LENGTH);
        Account account = new Account(request.username(), Passwords.hash(password.toCharArray()),
                request.displayNameZh().strip(), englishName(request), blankToNull(request.unitCode()),
                request.roles(), true, clock.instant());
        em.persist(account);
        audit.record(AuditedChange.created("platform.account.created", "account", request.username(),
                account.toJson()));
        em.flush();
        return new IssuedPassword(view(account), password);
    }

    /** New names, roles or unit for an existing account (the username stays). */
    public AccountView describe(@NotNull @Valid NewAccount request, Long expectedVersion) {
        Account account = existing(request.username(), expectedVersion);
        requireUnit(request.unitCode());
        String before = account.toJson();
        account.describe(request.displayNameZh().strip(), englishName(request), blankToNull(request.unitCode()),
                request.roles());
        audit.record(new AuditedChange("platform.account.described", "account", request.username(), before,
                account.toJson()));
        return flushed(account);
    }

    public AccountView disable(String username, Long expectedVersion) {
        Account account = existing(username, expectedVersion);
        String before = account.toJson();
        account.disable();
        audit.record(new AuditedChange("platform.account.disabled", "account", username, before, account.toJson()));
        return flushed(account);
    }

    public AccountView enable(String username, Long expectedVersion) {
        Account account = existing(username, expectedVersion);
        String before = account.toJson();
        account.enable();
        audit.record(new AuditedChange("platform.account.enabled", "account", username, before, account.toJson()));
        return flushed(account);
    }

    /** A one-time password, shown once; the person must choose their own at the next sign-in. */
    public IssuedPassword resetPassword(String username) {
        Account account = existing(username, null);
        String before = account.toJson();
        String password = Passwords.randomText(ONE_TIME_PASSWORD_LENGTH);
        account.resetPassword(Passwords.hash(password.toCharArray()), clock.instant());
        audit.record(new AuditedChange("platform.account.password-reset", "account", username, before,
                account.toJson()));
        return new IssuedPassword(flushed(account), password);
    }

    /** Lifts a sign-in lock before it runs out (or one that runs until unlocked). */
    public AccountView unlock(String username) {
        existing(username, null);
        if (!guard.unlock(SignInGuard.ofAccount(username))) {
            throw ChangeRefusedException.of("username", "account.notLocked", username + " is not locked");
        }
        return accounts.account(username).orElseThrow();
    }

    private Account existing(String username, Long expectedVersion) {
        Account account = username == null ? null : em.find(Account.class, username);
        if (account == null) {
            throw new NotFoundInPlatformException("account", username);
        }
        if (expectedVersion != null && expectedVersion != account.toView(null).version()) {
            throw new StaleVersionException(expectedVersion, account.toView(null).version());
        }
        return account;
    }

    private void requireUnit(String unitCode) {
        if (blankToNull(unitCode) != null && units.activeUnitName(unitCode).isEmpty()) {
            throw ChangeRefusedException.of("unitCode", "unitCode.unknown", "no active linkage unit " + unitCode);
        }
    }

    private AccountView flushed(Account account) {
        em.flush();
        return view(account);
    }

    private AccountView view(Account account) {
        return accounts.account(account.username()).orElseThrow();
    }

    private static String englishName(NewAccount request) {
        return request.displayNameEn() == null || request.displayNameEn().isBlank()
                ? request.displayNameZh().strip() : request.displayNameEn().strip();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}

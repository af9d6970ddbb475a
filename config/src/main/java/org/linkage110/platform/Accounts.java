package org.linkage110.platform;

import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.Optional;
import org.linkage110.domain.Role;
import org.linkage110.domain.persistence.InstantConverter;
import org.linkage110.platform.internal.Account;
import org.linkage110.platform.internal.ApiClient;
import org.linkage110.platform.internal.VerifiedCredentials;

/**
 * Who is who: portal accounts and agency API clients as the rest of the application reads them,
 * signing a person in (with the sign-in guard), and a person changing their own password. The
 * administrator's work on accounts is {@link AccountAdministration}; on clients, {@link ApiClients}.
 */
@Stateless
@DeclareRoles({Role.Names.DISPATCHER, Role.Names.UNIT_OPERATOR, Role.Names.UNIT_HEAD, Role.Names.SUPERVISOR,
        Role.Names.ADMIN})
public class Accounts {

    @PersistenceContext(unitName = "platform")
    EntityManager em;

    @Inject
    SignInGuard guard;

    @Inject
    AuditTrail audit;

    @Inject
    VerifiedCredentials verified;

    @Inject
    Clock clock;

    @Resource
    SessionContext session;

    public Optional<AccountView> account(String username) {
        return Optional.ofNullable(username).map(name -> em.find(Account.class, name))
                .map(a -> a.toView(guard.lockedUntil(SignInGuard.ofAccount(a.username())).orElse(null)));
    }

    public Optional<ApiClientView> apiClient(String clientId) {
        return Optional.ofNullable(clientId).map(id -> em.find(ApiClient.class, id)).map(ApiClient::toView);
    }

    /**
     * Checks a person's name and password. Takes the same time whether the account exists, is
     * disabled, locked or the password wrong: one PBKDF2 verification each time, unless the same name
     * and password passed it against the same stored hash a moment ago (only a right password is
     * remembered, so refusing still takes the same time whatever the reason). Every outcome is
     * audited; failures count towards the lock, in a transaction of its own so they stay counted.
     */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public SignInResult signIn(String username, char[] password, String channel, String origin) {
        String subject = SignInGuard.ofAccount(username);
        Account account = username == null || username.length() > 60 ? null : em.find(Account.class, username);
        String stored = account == null ? null : account.passwordHash();
        // a pair that passed a moment ago against the same stored hash skips PBKDF2 (VerifiedCredentials);
        // the account, its state and the guard are read as on every sign-in
        boolean right = verified.passed(username, password, stored) || Passwords.verify(password, stored);
        if (right) {
            verified.remember(username, password, stored);
        }
        Optional<java.time.Instant> locked = guard.lockedUntil(subject);
        if (!right || !account.enabled() || locked.isPresent()) {
            return SignInResult.refused(locked.isPresent() ? locked : guard.failed(subject, channel, origin));
        }
        guard.succeeded(subject);
        // an update of the one column, not a change of the versioned account: two sign-ins of the
        // same person at once (a desk system's parallel calls) take turns on the row, neither fails
        em.createNativeQuery(Account.SIGNED_IN)
                .setParameter(1, new InstantConverter().convertToDatabaseColumn(clock.instant()))
                .setParameter(2, username).executeUpdate();
        audit.recordAs(username, AuditedChange.created("platform.sign-in.succeeded", "sign-in", subject,
                Jsons.createObjectBuilder().add("channel", channel).add("origin", String.valueOf(origin)).build()
                        .toString()));
        return SignInResult.signedIn(account.toView(null));
    }

    /**
     * The signed-in person replaces their password (a one-time one after a reset, or their own),
     * proving they know the current one.
     */
    @RolesAllowed({Role.Names.DISPATCHER, Role.Names.UNIT_OPERATOR, Role.Names.UNIT_HEAD, Role.Names.SUPERVISOR,
            Role.Names.ADMIN})
    public AccountView changeOwnPassword(String current, String chosen) {
        String username = session.getCallerPrincipal().getName();
        Account account = em.find(Account.class, username);
        if (account == null || current == null || !Passwords.verify(current.toCharArray(), account.passwordHash())) {
            throw ChangeRefusedException.of("currentPassword", "password.currentWrong",
                    "the current password is not right");
        }
        PasswordPolicy.refusal(username, chosen).ifPresent(code -> {
            throw ChangeRefusedException.of("newPassword", code, "at least " + PasswordPolicy.MIN_LENGTH
                    + " characters, not containing the user name, not trivially simple");
        });
        if (chosen.equals(current)) {
            throw ChangeRefusedException.of("newPassword", "password.unchanged", "choose a password other than the current one");
        }
        String before = account.toJson();
        account.choosePassword(Passwords.hash(chosen.toCharArray()), clock.instant());
        audit.record(new AuditedChange("platform.account.password-changed", "account", username, before,
                account.toJson()));
        return account.toView(null);
    }
}

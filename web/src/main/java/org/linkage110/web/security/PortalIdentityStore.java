package org.linkage110.web.security;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.HashSet;
import java.util.Set;
import org.linkage110.domain.Role;
import org.linkage110.platform.Accounts;
import org.linkage110.platform.SignInResult;

/**
 * Staff accounts: name and password checked by {@link Accounts#signIn} (PBKDF2, the sign-in guard,
 * every outcome audited). The groups are the account's roles; a unit head is in the operators'
 * group too, as a head does all an operator does. How the attempt ended (locked, must change the
 * password) is left in {@link SignInAttempt} for the mechanism and the login page.
 */
@DeclareRoles({Role.Names.DISPATCHER, Role.Names.UNIT_OPERATOR, Role.Names.UNIT_HEAD, Role.Names.SUPERVISOR,
        Role.Names.ADMIN, Role.Names.AGENCY})
@ApplicationScoped
public class PortalIdentityStore implements IdentityStore {

    @Inject
    Accounts accounts;

    @Inject
    SignInAttempt attempt;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential login)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        SignInResult result = accounts.signIn(login.getCaller(), login.getPassword().getValue(), attempt.channel(),
                attempt.origin());
        attempt.ended(result);
        if (result.outcome() != SignInResult.Outcome.SIGNED_IN) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        return new CredentialValidationResult(result.account().username(), groups(result.account().roles()));
    }

    static Set<String> groups(Set<Role> roles) {
        Set<String> groups = new HashSet<>();
        roles.forEach(role -> groups.add(role.name()));
        if (roles.contains(Role.UNIT_HEAD)) {
            groups.add(Role.Names.UNIT_OPERATOR);
        }
        return groups;
    }
}

package org.linkage110.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.Set;
import org.linkage110.domain.Role;
import org.linkage110.platform.ApiClientVerdict;
import org.linkage110.platform.ApiClients;

/**
 * Agency systems. A valid key makes the caller the client (its id is the principal name) in role
 * AGENCY; which agency it speaks for, and which calls it may make, is looked up by that id where
 * it matters. Failed keys count towards the client's lock (see {@link SignInAttempt}).
 */
@ApplicationScoped
public class ApiClientIdentityStore implements IdentityStore {

    @Inject
    ApiClients clients;

    @Inject
    SignInAttempt attempt;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof ApiKeyCredential key)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        ApiClientVerdict verdict = clients.verify(key.clientId(), key.secret(), attempt.origin());
        attempt.ended(verdict);
        return verdict.valid()
                ? new CredentialValidationResult(verdict.client().clientId(), Set.of(Role.Names.AGENCY))
                : CredentialValidationResult.INVALID_RESULT;
    }

    @Override
    public Set<ValidationType> validationTypes() {
        return Set.of(ValidationType.VALIDATE);
    }
}

package org.linkage110.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.Set;
import org.linkage110.domain.Role;
import org.linkage110.platform.Accounts;

/**
 * Agency systems. A valid key makes the caller the client (its id is the principal name) in role
 * AGENCY; which agency it speaks for is looked up by that id where it matters.
 */
@ApplicationScoped
public class ApiClientIdentityStore implements IdentityStore {

    @Inject
    Accounts accounts;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof ApiKeyCredential key)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        return accounts.verifyApiClient(key.clientId(), key.secret())
                .map(client -> new CredentialValidationResult(client.clientId(),
                        Set.of(Role.Names.AGENCY)))
                .orElse(CredentialValidationResult.INVALID_RESULT);
    }

    @Override
    public Set<ValidationType> validationTypes() {
        return Set.of(ValidationType.VALIDATE);
    }
}

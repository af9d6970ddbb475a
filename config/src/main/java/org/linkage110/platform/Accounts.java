package org.linkage110.platform;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import org.linkage110.platform.internal.Account;
import org.linkage110.platform.internal.ApiClient;

/** Who is who: portal accounts and agency API clients. */
@Stateless
public class Accounts {

    @PersistenceContext(unitName = "platform")
    EntityManager em;

    public Optional<AccountView> account(String username) {
        return Optional.ofNullable(em.find(Account.class, username)).map(Account::toView);
    }

    /** The client whose credential this is, if the secret is right and the client enabled. */
    public Optional<ApiClientView> verifyApiClient(String clientId, String secret) {
        return Optional.ofNullable(em.find(ApiClient.class, clientId))
                .filter(client -> client.accepts(secret))
                .map(ApiClient::toView);
    }

    public Optional<ApiClientView> apiClient(String clientId) {
        return Optional.ofNullable(em.find(ApiClient.class, clientId)).map(ApiClient::toView);
    }
}

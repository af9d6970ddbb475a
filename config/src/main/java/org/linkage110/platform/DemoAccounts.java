package org.linkage110.platform;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.time.Clock;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.linkage110.domain.Role;
import org.linkage110.platform.internal.Account;
import org.linkage110.platform.internal.ApiClient;

/**
 * Creates one demo account per role and the demo agency clients at first start, when
 * {@code app.demo.accounts} is on and no account exists yet. Production switches it off and
 * creates real accounts.
 */
@Singleton
@Startup
public class DemoAccounts {

    private static final Logger LOG = Logger.getLogger(DemoAccounts.class.getName());

    @Inject
    DatabaseMigrations migrations;

    @PersistenceContext(unitName = "platform")
    EntityManager em;

    @Inject
    Pbkdf2PasswordHash passwordHash;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "app.demo.accounts")
    boolean enabled;

    @Inject
    @ConfigProperty(name = "app.demo.password")
    String demoPassword;

    @PostConstruct
    void seed() {
        migrations.migratedModules(); // the tables must exist first
        if (!enabled || em.createQuery("select count(a) from Account a", Long.class).getSingleResult() > 0) {
            return;
        }
        passwordHash.initialize(Passwords.HASH_PARAMETERS);
        String hash = passwordHash.generate(demoPassword.toCharArray());
        for (Map<String, String> row : ReferenceData.rows("demo-accounts", "username", "role", "unit_code",
                "display_name_zh", "display_name_en")) {
            String unit = row.get("unit_code").isEmpty() ? null : row.get("unit_code");
            Account account = new Account(row.get("username"), hash, row.get("display_name_zh"),
                    row.get("display_name_en"), unit, Set.of(Role.valueOf(row.get("role"))), clock.instant());
            em.persist(account);
            audit.record(AuditedChange.created("platform.account.created", "account", row.get("username"),
                    account.toJson()));
        }
        for (Map<String, String> row : ReferenceData.rows("demo-api-clients", "client_id", "agency", "name_zh")) {
            ApiClient client = new ApiClient(row.get("client_id"), demoPassword, row.get("agency"), row.get("name_zh"),
                    clock.instant());
            em.persist(client);
            audit.record(AuditedChange.created("platform.api-client.created", "api-client", row.get("client_id"),
                    client.toJson()));
        }
        LOG.info("demo accounts and agency clients created");
    }
}

package org.linkage110.platform;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.linkage110.domain.Role;
import org.linkage110.platform.internal.Account;

/**
 * How a district starts from zero without demo data: when no administrator exists and
 * {@code app.admin.initial-username} and {@code app.admin.initial-password} are set (environment
 * variables {@code APP_ADMIN_INITIAL_USERNAME}, {@code APP_ADMIN_INITIAL_PASSWORD}), that account is
 * created at start, and its password must be changed at the first sign-in. It then creates
 * everybody else's account in the portal.
 */
@Singleton
@Startup
@DependsOn("DemoAccounts") // demo data, when on, comes first and has an administrator
public class FirstAdministrator {

    private static final Logger LOG = Logger.getLogger(FirstAdministrator.class.getName());

    @PersistenceContext(unitName = "platform")
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "app.admin.initial-username")
    Optional<String> username;

    @Inject
    @ConfigProperty(name = "app.admin.initial-password")
    Optional<String> password;

    @PostConstruct
    void create() {
        if (username.isEmpty() || password.isEmpty()) {
            return;
        }
        long administrators = em.createQuery("select count(a) from Account a join a.roles r where r = :admin", Long.class)
                .setParameter("admin", Role.ADMIN).getSingleResult();
        if (administrators > 0 || em.find(Account.class, username.get()) != null) {
            return;
        }
        Account account = new Account(username.get(), Passwords.hash(password.get().toCharArray()), "系统管理员",
                "Administrator", null, Set.of(Role.ADMIN), true, clock.instant());
        em.persist(account);
        audit.record(AuditedChange.created("platform.account.created", "account", username.get(), account.toJson()));
        LOG.info(() -> "first administrator " + username.get() + " created; the password must be changed at sign-in");
    }
}

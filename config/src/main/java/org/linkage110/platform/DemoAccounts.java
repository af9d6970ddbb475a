package org.linkage110.platform;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.linkage110.domain.Role;
import org.linkage110.platform.internal.Account;
import org.linkage110.platform.internal.ApiClient;

/**
 * Demo data for the whole district, at first start when {@code app.demo.accounts} is on (it is
 * off by default; the run script turns it on) and no account exists yet: the office's accounts of
 * {@code demo-accounts.csv}, and for every linkage unit of {@code linkage-units.csv} an operator
 * and a head and an API client for the unit's own system, named after the unit's code (see
 * {@link #operatorOf}), all with the demo password, each hashed with a salt of its own.
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
    AuditTrail audit;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "app.demo.accounts", defaultValue = "false")
    boolean enabled;

    @Inject
    @ConfigProperty(name = "app.demo.password")
    String demoPassword;

    /** One demo account before its password is hashed. */
    record DemoAccount(String username, Role role, String unitCode, String nameZh, String nameEn) {
    }

    /** The unit operator's user name, also its system's API client id: the unit code in lower case. */
    public static String operatorOf(String unitCode) {
        return unitCode.toLowerCase(Locale.ROOT);
    }

    /** The unit head's user name. */
    public static String headOf(String unitCode) {
        return operatorOf(unitCode) + "-head";
    }

    /** Every demo account, the office's first, then each unit's operator and head. */
    static List<DemoAccount> accounts() {
        List<DemoAccount> accounts = new ArrayList<>();
        for (Map<String, String> row : ReferenceData.rows("demo-accounts", "username", "role", "unit_code",
                "display_name_zh", "display_name_en")) {
            accounts.add(new DemoAccount(row.get("username"), Role.valueOf(row.get("role")), null,
                    row.get("display_name_zh"), row.get("display_name_en")));
        }
        for (Map<String, String> unit : ReferenceData.rows("linkage-units", "code", "name_zh", "name_en")) {
            String code = unit.get("code");
            accounts.add(new DemoAccount(operatorOf(code), Role.UNIT_OPERATOR, code, unit.get("name_zh") + "操作员（演示）",
                    unit.get("name_en") + " operator (demo)"));
            accounts.add(new DemoAccount(headOf(code), Role.UNIT_HEAD, code, unit.get("name_zh") + "签批负责人（演示）",
                    unit.get("name_en") + " head (demo)"));
        }
        return accounts;
    }

    /**
     * Each account's hash of the demo password, each with a salt of its own: those shipped in
     * {@code demo-password-hashes.csv} when they are of this password (one checked), else made now
     * (PBKDF2 with 210,000 iterations is slow by design: some seconds for the district, on every core).
     */
    private List<String> hashes(List<DemoAccount> accounts) {
        Map<String, String> shipped = new java.util.HashMap<>();
        ReferenceData.rows("demo-password-hashes", "username", "password_hash")
                .forEach(row -> shipped.put(row.get("username"), row.get("password_hash")));
        boolean ofThisPassword = !shipped.isEmpty()
                && Passwords.verify(demoPassword.toCharArray(), shipped.values().iterator().next());
        return accounts.parallelStream().map(a -> ofThisPassword && shipped.containsKey(a.username())
                ? shipped.get(a.username()) : Passwords.hash(demoPassword.toCharArray())).toList();
    }

    @PostConstruct
    void seed() {
        migrations.migratedModules(); // the tables must exist first
        if (!enabled || em.createQuery("select count(a) from Account a", Long.class).getSingleResult() > 0) {
            return;
        }
        long start = System.nanoTime();
        Instant now = clock.instant();
        List<DemoAccount> accounts = accounts();
        List<String> hashes = hashes(accounts);
        for (int i = 0; i < accounts.size(); i++) {
            DemoAccount demo = accounts.get(i);
            Account account = new Account(demo.username(), hashes.get(i), demo.nameZh(), demo.nameEn(), demo.unitCode(),
                    Set.of(demo.role()), false, now);
            em.persist(account);
            audit.record(AuditedChange.created("platform.account.created", "account", demo.username(), account.toJson()));
        }
        List<Map<String, String>> clients = new ArrayList<>(ReferenceData.rows("demo-api-clients", "client_id", "agency",
                "name_zh"));
        for (Map<String, String> unit : ReferenceData.rows("linkage-units", "code", "name_zh")) {
            clients.add(Map.of("client_id", operatorOf(unit.get("code")), "agency", unit.get("code"),
                    "name_zh", unit.get("name_zh") + "业务系统（演示）"));
        }
        for (Map<String, String> row : clients) {
            ApiClient client = new ApiClient(row.get("client_id"), demoPassword, row.get("agency"), row.get("name_zh"),
                    ApiCall.defaultsFor(row.get("agency")), now);
            em.persist(client);
            audit.record(AuditedChange.created("platform.api-client.created", "api-client", row.get("client_id"),
                    client.toJson()));
        }
        LOG.info(() -> "demo data: " + accounts.size() + " accounts and " + clients.size() + " agency clients created in "
                + (System.nanoTime() - start) / 1_000_000 + " ms");
    }
}

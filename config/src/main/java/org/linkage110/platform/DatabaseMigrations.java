package org.linkage110.platform;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.linkage110.platform.internal.ApplicationUserGrants;

/**
 * Brings every module's tables up to date before the application takes requests. Each module
 * owns its migrations under {@code org/linkage110/<module>/internal/schema} and its own history
 * table, so one module's schema never depends on another's.
 *
 * <p>The datasource is defined here, inside the application, so no server administration step
 * is needed; URL, user and password come from MicroProfile Config (environment variables
 * {@code APP_DB_URL}, {@code APP_DB_USER}, {@code APP_DB_PASSWORD} override the defaults).
 *
 * <p>The migrations run as the schema owner ({@code APP_DB_MIGRATION_USER},
 * {@code APP_DB_MIGRATION_PASSWORD}; the application's user when unset), who then grants the
 * application's user what it may do table by table ({@link ApplicationUserGrants}): with two
 * users, the application cannot change, drop or unprotect the audit trail.
 */
@DataSourceDefinition(
        name = DatabaseMigrations.DATASOURCE,
        className = "org.mariadb.jdbc.MariaDbDataSource",
        url = "${MPCONFIG=app.db.url}",
        user = "${MPCONFIG=app.db.user}",
        password = "${MPCONFIG=app.db.password}",
        minPoolSize = 2,
        maxPoolSize = 32,
        properties = {
                "fish.payara.is-connection-validation-required=true",
                "fish.payara.connection-validation-method=meta-data",
                "fish.payara.fail-all-connections=true"
        })
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class DatabaseMigrations {

    public static final String DATASOURCE = "java:app/jdbc/linkage";

    private static final Logger LOG = Logger.getLogger(DatabaseMigrations.class.getName());

    @Resource(lookup = DATASOURCE)
    DataSource dataSource;

    @Inject
    @ConfigProperty(name = "app.schema.modules")
    List<String> modules;

    @Inject
    @ConfigProperty(name = "app.db.url")
    String url;

    @Inject
    @ConfigProperty(name = "app.db.user")
    String user;

    @Inject
    @ConfigProperty(name = "app.db.migration-user")
    Optional<String> migrationUser;

    @Inject
    @ConfigProperty(name = "app.db.migration-password")
    Optional<String> migrationPassword;

    private final List<String> migrated = new ArrayList<>();

    /** Static: the scheduled jobs' timers may fire before this singleton has run (they are not its dependants). */
    private static final java.util.concurrent.atomic.AtomicBoolean SCHEMA_IN_PLACE =
            new java.util.concurrent.atomic.AtomicBoolean();

    /**
     * True once every module's schema is migrated and the application's rights granted: until then a
     * scheduled job skips its round rather than meet tables that do not exist yet (a first start).
     */
    public static boolean schemaInPlace() {
        return SCHEMA_IN_PLACE.get();
    }

    @PostConstruct
    void migrate() {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        boolean separateOwner = migrationUser.filter(owner -> !owner.equals(user)).isPresent();
        DataSource schemaOwner = separateOwner
                ? Flyway.configure(loader).dataSource(url, migrationUser.get(), migrationPassword.orElse("")).getDataSource()
                : dataSource;
        for (String module : modules) {
            MigrateResult result = Flyway.configure(loader)
                    .dataSource(schemaOwner)
                    .locations("classpath:org/linkage110/" + module + "/internal/schema")
                    .table("schema_history_" + module)
                    // modules share one schema, so a module's first run meets the others' tables:
                    // it starts its own history at version 0 and applies all of its migrations
                    .baselineOnMigrate(true)
                    .baselineVersion("0")
                    // migrations are numbered by the issue that brings them (V14_1 may come after V16_1):
                    // a database already past a higher number still gets a lower one it has not had
                    .outOfOrder(true)
                    .cleanDisabled(true)
                    .validateMigrationNaming(true)
                    .load()
                    .migrate();
            // nothing applied: Flyway names no target, the schema stays at the version it had
            String version = result.targetSchemaVersion != null ? result.targetSchemaVersion : result.initialSchemaVersion;
            LOG.info(() -> "schema of module " + module + " at version " + version
                    + " (" + result.migrationsExecuted + " migrations applied now)");
            migrated.add(module);
        }
        if (separateOwner) {
            grantApplicationUser(schemaOwner);
        }
        warnWhenTheApplicationCanRewriteTheTrail();
        SCHEMA_IN_PLACE.set(migrated.containsAll(modules));
    }

    private void grantApplicationUser(DataSource schemaOwner) {
        try (Connection owner = schemaOwner.getConnection()) {
            String account = applicationAccount();
            int tables = ApplicationUserGrants.apply(owner, account);
            LOG.info(() -> "schema owner " + migrationUser.get() + " granted " + account + " its rights on "
                    + tables + " tables (the audit trail: SELECT, INSERT)");
        } catch (SQLException e) {
            throw new IllegalStateException("the schema owner could not grant the application's user its rights "
                    + "(does " + migrationUser.get() + " hold GRANT OPTION on the database?)", e);
        }
    }

    private String applicationAccount() throws SQLException {
        try (Connection app = dataSource.getConnection(); Statement s = app.createStatement();
             ResultSet rs = s.executeQuery("SELECT CURRENT_USER()")) {
            rs.next();
            return rs.getString(1);
        }
    }

    /** MariaDB cannot take a right on one table back from a grant on the database: say so when one is too wide. */
    private void warnWhenTheApplicationCanRewriteTheTrail() {
        try (Connection app = dataSource.getConnection(); Statement s = app.createStatement();
             ResultSet rs = s.executeQuery("SELECT privilege_type FROM information_schema.schema_privileges "
                     + "WHERE table_schema = DATABASE()")) {
            Set<String> wide = new TreeSet<>();
            while (rs.next()) {
                if (ApplicationUserGrants.TOO_WIDE.contains(rs.getString(1))) {
                    wide.add(rs.getString(1));
                }
            }
            if (!wide.isEmpty()) {
                LOG.warning(() -> "the application's database user holds " + wide + " on the whole database, so it "
                        + "can rewrite the audit trail: give it SELECT, INSERT there and a schema owner for the "
                        + "migrations (APP_DB_MIGRATION_USER; README, Audit trail)");
            }
        } catch (SQLException e) {
            LOG.warning(() -> "could not read the application's database rights: " + e.getMessage());
        }
    }

    /** The modules whose schema is up to date; calling this waits for the migration to finish. */
    @Lock(LockType.READ)
    public List<String> migratedModules() {
        return List.copyOf(migrated);
    }
}

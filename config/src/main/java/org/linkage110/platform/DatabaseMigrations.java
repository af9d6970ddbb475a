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
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings every module's tables up to date before the application takes requests. Each module
 * owns its migrations under {@code org/linkage110/<module>/internal/schema} and its own history
 * table, so one module's schema never depends on another's.
 *
 * <p>The datasource is defined here, inside the application, so no server administration step
 * is needed; URL, user and password come from MicroProfile Config (environment variables
 * {@code APP_DB_URL}, {@code APP_DB_USER}, {@code APP_DB_PASSWORD} override the defaults).
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

    private final List<String> migrated = new ArrayList<>();

    @PostConstruct
    void migrate() {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        for (String module : modules) {
            MigrateResult result = Flyway.configure(loader)
                    .dataSource(dataSource)
                    .locations("classpath:org/linkage110/" + module + "/internal/schema")
                    .table("schema_history_" + module)
                    // modules share one schema, so a module's first run meets the others' tables:
                    // it starts its own history at version 0 and applies all of its migrations
                    .baselineOnMigrate(true)
                    .baselineVersion("0")
                    .cleanDisabled(true)
                    .validateMigrationNaming(true)
                    .load()
                    .migrate();
            LOG.info(() -> "schema of module " + module + " at version " + result.targetSchemaVersion
                    + " (" + result.migrationsExecuted + " migrations applied now)");
            migrated.add(module);
        }
    }

    /** The modules whose schema is up to date; calling this waits for the migration to finish. */
    @Lock(LockType.READ)
    public List<String> migratedModules() {
        return List.copyOf(migrated);
    }
}

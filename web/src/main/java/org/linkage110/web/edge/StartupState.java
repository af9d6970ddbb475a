package org.linkage110.web.edge;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.linkage110.platform.DatabaseMigrations;

/**
 * Whether the application may take requests: from the moment every configured module's schema
 * (and with it the reference data its migrations load) is up to date, until the application
 * begins to stop. Read without waiting, so the start-up gate can answer 503 at once meanwhile.
 */
@Singleton
@Startup
public class StartupState {

    private static final Logger LOG = Logger.getLogger(StartupState.class.getName());

    /** Static: the gate is a servlet filter that may run before this bean exists. */
    private static final AtomicBoolean READY = new AtomicBoolean();

    @Inject
    DatabaseMigrations migrations;

    @Inject
    @ConfigProperty(name = "app.schema.modules")
    List<String> modules;

    @PostConstruct
    void awaitSchema() {
        List<String> migrated = migrations.migratedModules(); // waits until the migrations have run
        if (migrated.containsAll(modules)) {
            READY.set(true);
            LOG.info(() -> "ready: schema and reference data of " + migrated + " in place");
        } else {
            LOG.severe(() -> "not ready: only " + migrated + " of " + modules + " migrated");
        }
    }

    @PreDestroy
    void stopping() {
        READY.set(false);
    }

    /** True while requests may be served. */
    public static boolean ready() {
        return READY.get();
    }

    /** Called when the web application is being taken down, before its beans are. */
    static void markStopping() {
        READY.set(false);
    }
}

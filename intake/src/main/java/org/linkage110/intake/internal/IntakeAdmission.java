package org.linkage110.intake.internal;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.Semaphore;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * At most {@code app.intake.max-concurrent} intake transactions at once on this server; the
 * deliveries past them wait here, holding no database connection, for one to end. Every audited
 * transaction locks the audit chain's head until it commits, so intakes take turns there anyway and
 * more of them at once only queue on that lock, each holding a pooled connection: with the pool's
 * connections all held so, the one holding the lock waited in the pool for its next read until the
 * pool's wait ran out (60 s; issue 17, bench/intake.sh at 32 connections).
 */
@ApplicationScoped
public class IntakeAdmission {

    @Inject
    @ConfigProperty(name = "app.intake.max-concurrent", defaultValue = "8")
    int maxConcurrent;

    private Semaphore permits;

    @PostConstruct
    void init() {
        permits = new Semaphore(Math.max(1, maxConcurrent), true);
    }

    public <T> T admit(Supplier<T> work) {
        permits.acquireUninterruptibly();
        try {
            return work.get();
        } finally {
            permits.release();
        }
    }
}

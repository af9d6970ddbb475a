package org.linkage110.platform.internal;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.MetricUnits;
import org.eclipse.microprofile.metrics.Timer;

/**
 * The outbox's MicroProfile Metrics (application scope): gauges of the messages pending, delivered
 * and dead (counted in the database, at most every few seconds), and a timer of the delivery
 * latency, from a message's creation to its delivery.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class OutboxMetrics {

    private static final Logger LOG = Logger.getLogger(OutboxMetrics.class.getName());
    private static final long FRESH_NANOS = Duration.ofSeconds(5).toNanos();

    @Inject
    MetricRegistry registry;

    @Inject
    OutboxCounts counts;

    private Timer latency;
    private volatile Map<OutboxMessage.Status, Long> last = Map.of();
    private volatile long countedAt;

    @PostConstruct
    void register() {
        latency = registry.timer(Metadata.builder().withName("outbox_delivery_latency")
                .withDescription("Time from a message's creation to its delivery").build());
        for (OutboxMessage.Status status : OutboxMessage.Status.values()) {
            String name = "outbox_" + status.name().toLowerCase();
            registry.gauge(Metadata.builder().withName(name).withUnit(MetricUnits.NONE)
                    .withDescription("Outbox messages now " + status.name()).build(), this, metrics -> metrics.count(status));
        }
    }

    /** A message was delivered this long after it was written. */
    public void delivered(Duration sinceCreated) {
        latency.update(sinceCreated);
    }

    long count(OutboxMessage.Status status) {
        if (System.nanoTime() - countedAt > FRESH_NANOS) {
            try {
                last = counts.byStatus();
                countedAt = System.nanoTime();
            } catch (RuntimeException e) {
                LOG.log(Level.FINE, "outbox not countable yet", e);
            }
        }
        return last.getOrDefault(status, 0L);
    }
}

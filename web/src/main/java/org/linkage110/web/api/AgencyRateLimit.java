package org.linkage110.web.api;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How many calls each API caller (an agency client by its id, a staff account by its name) may make:
 * a token bucket of {@code app.api.rate.burst} calls refilled at {@code app.api.rate.per-second},
 * or the client's own {@code perSecond/burst} from {@code app.api.rate.clients}
 * ({@code id=perSecond/burst,...}). Kept per server: a cluster of n servers allows n times as much.
 */
@ApplicationScoped
public class AgencyRateLimit {

    @Inject
    @ConfigProperty(name = "app.api.rate.per-second")
    long perSecond;

    @Inject
    @ConfigProperty(name = "app.api.rate.burst")
    long burst;

    @Inject
    @ConfigProperty(name = "app.api.rate.clients")
    Optional<String> clients;

    private final Map<String, long[]> ownLimits = new HashMap<>();
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    @PostConstruct
    void readOwnLimits() {
        for (String entry : clients.orElse("").split(",")) {
            if (entry.isBlank()) {
                continue;
            }
            String[] idAndLimit = entry.strip().split("=", 2);
            String[] rate = idAndLimit.length == 2 ? idAndLimit[1].split("/", 2) : new String[0];
            if (rate.length != 2) {
                throw new IllegalArgumentException("app.api.rate.clients: expected id=perSecond/burst, not " + entry);
            }
            ownLimits.put(idAndLimit[0].strip(), new long[] {Long.parseLong(rate[0].strip()), Long.parseLong(rate[1].strip())});
        }
    }

    /** Takes one call from the caller's bucket; empty when allowed, else how long to wait. */
    public Optional<Duration> take(String caller) {
        ConsumptionProbe probe = buckets.computeIfAbsent(caller, this::bucket).tryConsumeAndReturnRemaining(1);
        return probe.isConsumed() ? Optional.empty() : Optional.of(Duration.ofNanos(probe.getNanosToWaitForRefill()));
    }

    private Bucket bucket(String caller) {
        long[] limit = ownLimits.getOrDefault(caller, new long[] {perSecond, burst});
        return Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(limit[1]).refillGreedy(limit[0], Duration.ofSeconds(1)).build())
                .build();
    }
}

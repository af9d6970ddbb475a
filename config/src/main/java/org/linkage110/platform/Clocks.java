package org.linkage110.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The one clock of the application, in the office's time zone. Business code asks for a
 * {@link Clock} instead of calling {@code now()}, so deadline and escalation rules can be tested
 * at any instant. It ticks in microseconds, as the database keeps times ({@code DATETIME(6)}): a time
 * answered right after a change is the one a later read answers.
 */
@ApplicationScoped
public class Clocks {

    @Inject
    @ConfigProperty(name = "app.timezone")
    String timezone;

    @Produces
    Clock clock() {
        return Clock.tick(Clock.system(ZoneId.of(timezone)), Duration.ofNanos(1_000));
    }
}

package org.linkage110.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.ZoneId;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The one clock of the application, in the office's time zone. Business code asks for a
 * {@link Clock} instead of calling {@code now()}, so deadline and escalation rules can be tested
 * at any instant.
 */
@ApplicationScoped
public class Clocks {

    @Inject
    @ConfigProperty(name = "app.timezone")
    String timezone;

    @Produces
    Clock clock() {
        return Clock.system(ZoneId.of(timezone));
    }
}

package org.linkage110.web.portal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;

/** How pages show instants: minutes, in the office's time zone. */
@Named
@ApplicationScoped
public class Formats {

    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @Inject
    Clock clock;

    public Instant now() {
        return clock.instant();
    }

    /** For countdowns in the browser: milliseconds since the epoch. */
    public long millis(Instant instant) {
        return instant == null ? 0 : instant.toEpochMilli();
    }

    public String time(Instant instant) {
        return instant == null ? "" : MINUTES.format(instant.atZone(clock.getZone()));
    }
}

package org.linkage110.supervision;

import java.time.Instant;
import java.time.LocalDate;

/** A day's sample: the day drawn from, the seed that reproduces it, size and stratification. */
public record SampleView(long id, LocalDate day, long seed, int size, String stratify, int candidates, String drawnBy,
                         Instant drawnAt) implements java.io.Serializable {
}

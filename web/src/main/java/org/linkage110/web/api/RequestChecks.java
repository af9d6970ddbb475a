package org.linkage110.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Collects every field problem of one request, so that the sender learns all of them at once
 * in a single 400 problem answer.
 */
@RequestScoped
public class RequestChecks {

    /** How far in the future a sender's clock may be before its timestamp is refused. */
    private static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

    /** The moments the platform keeps: calls, deadlines and report days of this century. */
    private static final Instant EARLIEST = Instant.parse("2000-01-01T00:00:00Z");
    private static final Instant LATEST = Instant.parse("2099-12-31T23:59:59Z");

    @Inject
    Validator validator;

    @Inject
    Clock clock;

    private final List<Problem.FieldError> errors = new ArrayList<>();

    /** An ISO-8601 timestamp with offset; null (and a field error) when absent or not one. */
    public Instant timestamp(String field, String value) {
        Instant instant = moment(field, value);
        if (instant != null && instant.isAfter(clock.instant().plus(CLOCK_SKEW))) {
            errors.add(new Problem.FieldError(field, "must not be in the future"));
        }
        return instant;
    }

    /** A moment that may lie ahead (a deadline asked for); null (and a field error) when absent or not one. */
    public Instant moment(String field, String value) {
        if (value == null || value.isBlank()) {
            errors.add(new Problem.FieldError(field, "must not be null"));
            return null;
        }
        try {
            Instant instant = OffsetDateTime.parse(value, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
            if (instant.isBefore(EARLIEST) || instant.isAfter(LATEST)) {
                // years such as 0001 or -0001 parse, but the database keeps no such moment faithfully
                errors.add(new Problem.FieldError(field, "must lie between 2000 and 2099"));
                return null;
            }
            return instant;
        } catch (DateTimeParseException e) {
            errors.add(new Problem.FieldError(field,
                    "must be an ISO-8601 timestamp with offset, e.g. 2026-11-23T19:05:00+08:00"));
            return null;
        }
    }

    public void require(String field, String value) {
        if (value == null || value.isBlank()) {
            reject(field, "must not be blank");
        }
    }

    public void reject(String field, String message) {
        errors.add(new Problem.FieldError(field, message));
    }

    /** Bean Validation of the command; fields already reported are not reported twice. */
    public <T> void validate(T command) {
        for (ConstraintViolation<T> violation : validator.validate(command)) {
            String field = violation.getPropertyPath().toString()
                    .replaceAll("\\[(.*)]\\.<map value>", ".$1")
                    .replaceAll("<.*>", "");
            if (errors.stream().noneMatch(e -> e.field().equals(field))) {
                errors.add(new Problem.FieldError(field, violation.getMessage()));
            }
        }
    }

    /** The 400 answer listing every problem found, or empty when there is none. */
    public Optional<Response> rejection() {
        return problem().map(Problem::toResponse);
    }

    /** Stops the call with the 400 answer when a problem was found. */
    public void throwIfRejected() {
        problem().ifPresent(problem -> {
            throw new ProblemException(problem);
        });
    }

    private Optional<Problem> problem() {
        if (errors.isEmpty()) {
            return Optional.empty();
        }
        List<Problem.FieldError> sorted = errors.stream().sorted(Comparator.comparing(Problem.FieldError::field)).toList();
        return Optional.of(Problem.invalid(sorted));
    }
}

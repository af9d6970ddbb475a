package org.linkage110.web.api;

import jakarta.ejb.AccessLocalException;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.json.bind.JsonbException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.linkage110.platform.PlatformRefusedException;
import java.util.Comparator;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.linkage110.intake.ConflictingRedeliveryException;
import org.linkage110.intake.InvalidIncidentException;
import org.linkage110.platform.ChangeRefusedException;
import org.linkage110.platform.NotFoundInPlatformException;
import org.linkage110.platform.StaleVersionException;
import org.linkage110.routing.IllegalMoveException;
import org.linkage110.routing.NotFoundInRoutingException;
import org.linkage110.routing.RoutingRefusedException;

/** Turns every failure of an API call into a problem+json answer. */
public final class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class.getName());

    private ProblemMappers() {
    }

    /** Maps what a failed call threw; unwraps the EJB container's wrapper first. */
    public static Problem problemFor(Throwable thrown) {
        Throwable t = thrown;
        while (t instanceof EJBException && !(t instanceof EJBAccessException) && !(t instanceof AccessLocalException)
                && t.getCause() != null) {
            t = t.getCause();
        }
        if (t instanceof ConstraintViolationException violations) {
            return invalid(violations);
        }
        if (t instanceof InvalidIncidentException invalid) {
            return new Problem(422, "unprocessable-incident", "Unprocessable Content",
                    "The incident is well formed but cannot be accepted.",
                    invalid.problems().stream().map(Problem.FieldError::of).toList());
        }
        if (t instanceof ConflictingRedeliveryException conflict) {
            return new Problem(409, "conflicting-redelivery", "Conflict", conflict.getMessage(),
                    conflict.differingFields().stream()
                            .map(f -> new Problem.FieldError(f, "differs from the first delivery")).toList());
        }
        if (t instanceof PlatformRefusedException refused) {
            Response.Status status = Response.Status.fromStatusCode(refused.status());
            return new Problem(refused.status(), refused.code(),
                    status == null ? "Unprocessable Content" : status.getReasonPhrase(), refused.getMessage(), List.of());
        }
        if (t instanceof ProblemException problem) {
            return problem.problem();
        }
        if (t instanceof RoutingRefusedException refused) {
            return new Problem(422, "unprocessable-request", "Unprocessable Content",
                    "The request is well formed but cannot be carried out.",
                    refused.problems().stream().map(Problem.FieldError::of).toList());
        }
        if (t instanceof ChangeRefusedException refused) {
            return new Problem(422, "unprocessable-request", "Unprocessable Content",
                    "The request is well formed but cannot be carried out.",
                    refused.refusals().stream().map(r -> new Problem.FieldError(r.field(), r.message())).toList());
        }
        if (t instanceof NotFoundInPlatformException) {
            return Problem.of(Response.Status.NOT_FOUND, "not-found", "Not Found");
        }
        if (t instanceof StaleVersionException stale) {
            return Problem.of(Response.Status.CONFLICT, "concurrent-change", stale.getMessage());
        }
        if (t instanceof IllegalMoveException move) {
            return Problem.of(Response.Status.CONFLICT, move.code(), move.getMessage());
        }
        if (t instanceof NotFoundInRoutingException) {
            return Problem.of(Response.Status.NOT_FOUND, "not-found", "Not Found");
        }
        if (causedBy(t, OptimisticLockException.class)) {
            return Problem.of(Response.Status.CONFLICT, "concurrent-change",
                    "Changed by someone else at the same moment; read it again.");
        }
        if (lostToAnotherChange(t)) {
            return Problem.of(Response.Status.CONFLICT, "concurrent-change",
                    "Another change of the same records came first; nothing was written: send it again.");
        }
        if (t instanceof EJBAccessException || t instanceof AccessLocalException) {
            return Problem.of(Response.Status.FORBIDDEN, "forbidden", "Your role may not do this.");
        }
        if (t instanceof JsonbException || t instanceof ProcessingException) {
            return Problem.of(Response.Status.BAD_REQUEST, "malformed-json", "The body is not valid JSON of the expected shape.");
        }
        if (t instanceof WebApplicationException web) {
            Response.Status status = Response.Status.fromStatusCode(web.getResponse().getStatus());
            Response.Status known = status == null ? Response.Status.BAD_REQUEST : status;
            if (known.getStatusCode() == 400 && web.getCause() != null) {
                return Problem.of(known, "malformed-request", "The request could not be read: " + rootMessage(web));
            }
            String detail = web.getMessage() != null && !web.getMessage().startsWith("HTTP ")
                    ? web.getMessage() : known.getReasonPhrase();
            return Problem.of(known, known.name().toLowerCase().replace('_', '-'), detail);
        }
        LOG.log(Level.SEVERE, "unexpected failure of an API call", thrown);
        return Problem.of(Response.Status.INTERNAL_SERVER_ERROR, "internal-error", "The server failed; the failure is logged.");
    }

    /**
     * Whether the database rolled the call back for another transaction holding the same rows: a
     * deadlock it lost (SQL state 40001, MariaDB 1213) or a lock waited for too long (1205).
     */
    public static boolean lostToAnotherChange(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof java.sql.SQLException sql && (sql instanceof java.sql.SQLTransactionRollbackException
                    || sql.getErrorCode() == 1213 || sql.getErrorCode() == 1205)) {
                return true;
            }
        }
        return false;
    }

    private static boolean causedBy(Throwable t, Class<? extends Throwable> type) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (type.isInstance(c)) {
                return true;
            }
        }
        return false;
    }

    private static Problem invalid(ConstraintViolationException e) {
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(field(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .toList();
        return new Problem(400, "invalid-fields", "Bad Request", "Some fields are missing or not valid.", errors);
    }

    /** The last node of the property path: the field the client sent. */
    private static String field(ConstraintViolation<?> violation) {
        String path = violation.getPropertyPath().toString();
        return path.substring(path.lastIndexOf('.') + 1);
    }

    private static String rootMessage(Throwable t) {
        Throwable root = t;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName();
    }

    @Provider
    public static class AnyFailure implements ExceptionMapper<Throwable> {
        @Override
        public Response toResponse(Throwable thrown) {
            return problemFor(thrown).toResponse();
        }
    }

    /** Jersey brings its own mapper for this type; a more specific one of ours wins over it. */
    @Provider
    public static class Violations implements ExceptionMapper<ConstraintViolationException> {
        @Override
        public Response toResponse(ConstraintViolationException thrown) {
            return problemFor(thrown).toResponse();
        }
    }

    @Provider
    public static class Http implements ExceptionMapper<WebApplicationException> {
        @Override
        public Response toResponse(WebApplicationException thrown) {
            return problemFor(thrown).toResponse();
        }
    }
}

package org.linkage110.platform;

import jakarta.ejb.ApplicationException;
import java.util.List;

/**
 * A change the platform refuses, field by field: each with a stable code the portal translates
 * (message bundles: {@code refused.<code>}) and an English message for API clients. Rolls back.
 */
@ApplicationException(rollback = true)
public class ChangeRefusedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** One refused field: which, a stable code, and why in words. */
    public record Refusal(String field, String code, String message) implements java.io.Serializable {
    }

    private final transient List<Refusal> refusals;

    public ChangeRefusedException(List<Refusal> refusals) {
        super(refusals.isEmpty() ? "refused" : refusals.get(0).field() + ": " + refusals.get(0).message());
        this.refusals = List.copyOf(refusals);
    }

    public static ChangeRefusedException of(String field, String code, String message) {
        return new ChangeRefusedException(List.of(new Refusal(field, code, message)));
    }

    public List<Refusal> refusals() {
        return refusals;
    }
}

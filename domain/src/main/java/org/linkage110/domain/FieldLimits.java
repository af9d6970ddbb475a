package org.linkage110.domain;

/**
 * The longest value each kind of field may hold, one number per kind, used by the checks of every
 * entry point (Bean Validation on the request records, the facades' own checks) and compared by a
 * test with the width of every column that stores it, so that nothing the API accepts is refused
 * by the database.
 */
public final class FieldLimits {

    /** An address as a caller gives it (intake, routing's copy, police matters). */
    public static final int ADDRESS = 500;

    /** A call's description. */
    public static final int DESCRIPTION = 4000;

    /**
     * What a person says with an action: a unit's return, result, report or request, the office's
     * reason for an override, a police referral, a reopen, a decision or a refusal.
     */
    public static final int TEXT = 4000;

    private FieldLimits() {
    }

    /** Whether a text someone gave fits this limit (null fits: whether it is required is another rule). */
    public static boolean fits(String value, int limit) {
        return value == null || value.length() <= limit;
    }
}

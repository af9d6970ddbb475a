package org.linkage110.domain;

/**
 * Roles of the people and systems that use the platform. The names are the security role names
 * used in deployment descriptors and {@code @RolesAllowed}.
 */
public enum Role {
    /** Office dispatcher: takes in, assesses and dispatches incidents. */
    DISPATCHER,
    /** Operator of one linkage unit: sees and acts on that unit's instructions only. */
    UNIT_OPERATOR,
    /**
     * Head of one linkage unit (签批负责人): everything an operator does, and signs off the unit's
     * extension requests and answers the office's instruments for the unit.
     */
    UNIT_HEAD,
    /** Leading-group office manager: sampling, spot checks, supervision orders, reports. */
    SUPERVISOR,
    /** Keeps reference data, decision tables and accounts. */
    ADMIN,
    /** Another agency's system (110, 12345, a department) calling the REST API. */
    AGENCY;

    /** Whether a person in this role works for one linkage unit (and the account names it). */
    public boolean belongsToUnit() {
        return this == UNIT_OPERATOR || this == UNIT_HEAD;
    }

    /** Same names as constants, for annotations. */
    public static final class Names {
        public static final String DISPATCHER = "DISPATCHER";
        public static final String UNIT_OPERATOR = "UNIT_OPERATOR";
        public static final String UNIT_HEAD = "UNIT_HEAD";
        public static final String SUPERVISOR = "SUPERVISOR";
        public static final String ADMIN = "ADMIN";
        public static final String AGENCY = "AGENCY";

        private Names() {
        }
    }
}

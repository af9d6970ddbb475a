package org.linkage110.intake.internal;

import jakarta.persistence.EntityManager;

/**
 * The first write of a delivery's transaction: its (kind, source, external number) into the claims'
 * primary key. {@code INSERT IGNORE} waits while a concurrent transaction holds the same key, then
 * inserts (the other rolled back) or ignores (it committed): the loser learns it lost without a
 * failed statement, so nothing is rolled back by the container and no exception is logged.
 * The external number's length is checked before (Bean Validation), so IGNORE can only mean the
 * duplicate.
 */
final class DeliveryClaim {

    static final String INCIDENT = "incident";
    static final String POLICE_MATTER = "police-matter";

    private DeliveryClaim() {
    }

    /** True when this transaction holds the number; false when an earlier delivery took it. */
    static boolean take(EntityManager em, String kind, String source, String externalNumber) {
        if (externalNumber == null) {
            return true; // nothing to deliver twice: an incident taken in the portal without a number
        }
        return em.createNativeQuery(
                        "INSERT IGNORE INTO intake_delivery_claim (kind, source, external_number) VALUES (?1, ?2, ?3)")
                .setParameter(1, kind).setParameter(2, source).setParameter(3, externalNumber)
                .executeUpdate() == 1;
    }
}

/**
 * Integration events: immutable records one module publishes (CDI events) and others observe.
 * Observers that must see only committed facts use {@code during = TransactionPhase.AFTER_SUCCESS}.
 */
package org.linkage110.domain.event;

/**
 * Working days and deadlines: the Chinese public-holiday calendar with its make-up working days,
 * and the rule that turns "3 working days" or "10 minutes" into an instant.
 */
package org.linkage110.domain.calendar;

/**
 * Intake's reference data as the office edits it in the system: the taxonomy (categories, items,
 * keywords) and the inquiry elements the call-taker asks per category or item.
 */
package org.linkage110.intake.internal.reference;

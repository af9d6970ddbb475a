/**
 * Intake: the public API of the module. Incidents enter from the 110 platform, from 12345 and
 * from the portal through {@link org.linkage110.intake.Incidents}; the taxonomy of categories is
 * read through {@link org.linkage110.intake.Taxonomy}. Everything else is in {@code internal}.
 */
package org.linkage110.intake;

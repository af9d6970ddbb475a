/**
 * Reference data the office keeps in the system (units, responsibility list, grids, deadlines,
 * calendar, taxonomy, inquiry elements): each module describes its kinds of entries
 * ({@link org.linkage110.platform.reference.ReferenceKind}) and applies changes to its own
 * tables; {@link org.linkage110.platform.reference.ReferenceRevisions} checks every change, keeps
 * it with its reason and previous state, and applies it at the moment it takes effect.
 */
package org.linkage110.platform.reference;

/**
 * Routing: the public API of the module. Linkage units and their tiers
 * ({@link org.linkage110.routing.LinkageUnits}) and the working-day calendar
 * ({@link org.linkage110.routing.WorkingCalendar}) for now; assessment, instructions and the
 * handling lifecycle follow. Everything else is in {@code internal}.
 */
package org.linkage110.routing;

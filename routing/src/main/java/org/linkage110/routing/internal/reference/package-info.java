/**
 * Routing's reference data as the office edits it in the system: linkage units (with tiers and
 * duty regimes), the responsibility list, grids, the deadline table and the holiday calendar.
 * Each kind checks its own rules and writes routing's tables; the platform keeps the revisions.
 */
package org.linkage110.routing.internal.reference;

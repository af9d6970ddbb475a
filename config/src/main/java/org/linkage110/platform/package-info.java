/**
 * Platform services every module uses: the application's datasource and per-module schema
 * migrations, the append-only audit trail, the clock, and access to the reference data files
 * shipped in this module. Nothing here knows a business rule.
 */
package org.linkage110.platform;

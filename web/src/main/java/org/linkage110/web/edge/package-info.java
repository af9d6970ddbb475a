/**
 * The HTTP edge in front of the portal and the API: security headers on every answer, the start-up
 * gate (503 with Retry-After until the schema and reference data are ready, and again while the
 * application stops) and the readiness check that follows the same state.
 */
package org.linkage110.web.edge;

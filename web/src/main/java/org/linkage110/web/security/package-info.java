/**
 * Authentication: portal users sign in with a form against the account table (PBKDF2 hashes);
 * agency systems send their per-client API key. Both end in container roles that the
 * facades' {@code @RolesAllowed} check.
 */
package org.linkage110.web.security;

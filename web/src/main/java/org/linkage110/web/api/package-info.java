/**
 * REST API for other agencies' systems (110, 12345, departments), under {@code /api/v1}. JSON in
 * and out; every error is {@code application/problem+json} with a stable {@code code}. Resources
 * translate HTTP to facade calls and nothing else.
 */
package org.linkage110.web.api;

/**
 * The web tier: the portal for office and unit staff ({@code portal}), the REST API for other
 * agencies' systems ({@code api}), authentication ({@code security}) and health checks. It calls
 * the modules' public facades only and holds no business rule.
 */
package org.linkage110.web;

/**
 * The Open311 GeoReport v2 facade under {@code /open311/v2/}: services from the taxonomy, service
 * definitions from the inquiry elements, requests in and out through intake's use case, status from
 * routing, FixMyStreet's update feed. JSON and XML, by the path's extension as Open311 has it.
 */
package org.linkage110.web.open311;

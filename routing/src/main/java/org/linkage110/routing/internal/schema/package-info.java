/**
 * Flyway migrations of routing: SQL files beside this package in resources, Java migrations
 * (loading reference data) here. History table {@code schema_history_routing}.
 */
package org.linkage110.routing.internal.schema;

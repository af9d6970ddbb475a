/**
 * Flyway migrations of intake: SQL files beside this package in resources, Java migrations
 * (loading reference data) here. Run by the platform's schema runner with history table
 * {@code schema_history_intake}.
 */
package org.linkage110.intake.internal.schema;

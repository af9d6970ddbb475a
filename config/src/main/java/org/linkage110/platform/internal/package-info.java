/** Persistence of the platform module: the audit trail table and its migrations. */
package org.linkage110.platform.internal;

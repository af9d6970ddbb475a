/** Supervision internals. Empty until the module gets tables of its own. */
package org.linkage110.supervision.internal;

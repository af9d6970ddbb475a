/**
 * Supervision: the public API of the module. For now the office's overview figures
 * ({@link org.linkage110.supervision.Overview}); deadline watch, sampling, spot checks, callbacks
 * and the six rates follow. Everything else is in {@code internal}.
 */
package org.linkage110.supervision;

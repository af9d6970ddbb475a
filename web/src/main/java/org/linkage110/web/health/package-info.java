/** MicroProfile Health checks, served by the runtime at {@code /health}. */
package org.linkage110.web.health;

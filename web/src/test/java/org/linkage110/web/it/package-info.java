/**
 * Integration tests on Payara Micro against the real MariaDB: in-container persistence, the agency
 * API over HTTP, and the portal in headless Chromium. Each class is one deployment of the WAR
 * the build produced, so what is tested is what ships.
 */
package org.linkage110.web.it;

/** The demo peers' receiving end (stand-ins for the 110 and 12345 platforms, demo data only). */
package org.linkage110.web.peers;

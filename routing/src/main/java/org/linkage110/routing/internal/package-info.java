/** Routing internals: entities and schema migrations. Other modules never use these. */
package org.linkage110.routing.internal;

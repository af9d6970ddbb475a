/** JPA converters for the shared value types, listed in each module's persistence unit. */
package org.linkage110.domain.persistence;

/**
 * Shared kernel: the vocabulary of DOMAIN.md that more than one module speaks — handling class,
 * instruction level, unit tier, category and unit codes, incident sources — as immutable values.
 * Nothing here touches a database or a container.
 */
package org.linkage110.domain;

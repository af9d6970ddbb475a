/** Intake internals: entities, repository and schema migrations. Other modules never use these. */
package org.linkage110.intake.internal;

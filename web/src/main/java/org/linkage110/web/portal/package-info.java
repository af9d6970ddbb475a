/**
 * Backing beans of the portal pages, one per screen ({@code *Backing}), plus the signed-in user
 * and the language choice. They call module facades and turn failures into messages in the
 * user's language.
 */
package org.linkage110.web.portal;

package org.linkage110.platform;

import java.util.Set;
import org.linkage110.domain.Role;

/** A portal account as pages see it. */
public record AccountView(String username, String displayNameZh, String displayNameEn, String unitCode,
                          Set<Role> roles, boolean enabled) {
}

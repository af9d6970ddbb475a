package org.linkage110.platform;

import java.time.Instant;
import java.util.Set;
import org.linkage110.domain.Role;

/**
 * A portal account as pages and the administration API see it. {@code lockedUntil} is set while
 * too many failed sign-ins keep it locked.
 */
public record AccountView(String username, String displayNameZh, String displayNameEn, String unitCode,
                          Set<Role> roles, boolean enabled, boolean mustChangePassword, Instant lockedUntil,
                          Instant lastSignInAt, Instant createdAt, long version) implements java.io.Serializable {

    public boolean has(Role role) {
        return roles.contains(role);
    }
}

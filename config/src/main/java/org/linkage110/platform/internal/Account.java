package org.linkage110.platform.internal;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import org.linkage110.domain.Role;
import org.linkage110.platform.AccountView;

/** A person who signs in to the portal. The password is kept only as a PBKDF2 hash. */
@Entity
@Table(name = "platform_account")
public class Account {

    @Id
    @Column(length = 60)
    private String username;

    @Version
    private long version;

    @Column(name = "password_hash", nullable = false, length = 300)
    private String passwordHash;

    @Column(name = "display_name_zh", nullable = false, length = 100)
    private String displayNameZh;

    @Column(name = "display_name_en", nullable = false, length = 150)
    private String displayNameEn;

    @Column(name = "unit_code", length = 40)
    private String unitCode;

    @Column(nullable = false)
    private boolean enabled;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "platform_account_role", joinColumns = @JoinColumn(name = "username"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role", length = 20)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    protected Account() {
    }

    public Account(String username, String passwordHash, String displayNameZh, String displayNameEn, String unitCode,
                   Set<Role> roles, Instant createdAt) {
        if (roles.contains(Role.UNIT_OPERATOR) == (unitCode == null)) {
            throw new IllegalArgumentException("a unit operator, and only a unit operator, belongs to a unit");
        }
        if (roles.contains(Role.AGENCY)) {
            throw new IllegalArgumentException("agencies sign in as API clients, not as people");
        }
        this.username = username;
        this.passwordHash = passwordHash;
        this.displayNameZh = displayNameZh;
        this.displayNameEn = displayNameEn;
        this.unitCode = unitCode;
        this.roles = EnumSet.copyOf(roles);
        this.enabled = true;
        this.createdAt = createdAt;
    }

    public AccountView toView() {
        return new AccountView(username, displayNameZh, displayNameEn, unitCode, Set.copyOf(roles), enabled);
    }

    /** The state recorded in the audit trail; never the hash. */
    public String toJson() {
        return jakarta.json.Json.createObjectBuilder()
                .add("username", username)
                .add("displayNameZh", displayNameZh)
                .add("unitCode", unitCode == null ? "" : unitCode)
                .add("roles", roles.toString())
                .add("enabled", enabled)
                .build().toString();
    }
}

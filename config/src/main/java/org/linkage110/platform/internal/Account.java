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
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import org.linkage110.domain.Role;
import org.linkage110.platform.AccountView;
import org.linkage110.platform.ChangeRefusedException;
import org.linkage110.platform.Jsons;

/**
 * A person who signs in to the portal. The password is kept only as a PBKDF2 hash. A unit's
 * operators and heads belong to the unit; nobody else does. A password set by an administrator
 * (a new account, a reset) is for one sign-in: the person must choose their own before anything else.
 */
@Entity
@Table(name = "platform_account")
@NamedQuery(name = Account.ALL, query = "select a from Account a order by a.unitCode, a.username")
public class Account {

    public static final String ALL = "Account.all";

    /** The person (2) signed in at a moment (1, 3), in SQL: leaves the account's version as it is. */
    public static final String SIGNED_IN = "UPDATE platform_account SET last_sign_in_at = ?1 WHERE username = ?2 "
            + "AND (last_sign_in_at IS NULL OR last_sign_in_at < ?1)";

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

    @Column(name = "must_change_password", nullable = false)
    private boolean mustChangePassword;

    @Column(name = "password_changed_at")
    private Instant passwordChangedAt;

    @Column(name = "last_sign_in_at")
    private Instant lastSignInAt;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "platform_account_role", joinColumns = @JoinColumn(name = "username"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role", length = 20)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    protected Account() {
    }

    /**
     * An account with the password given as a hash; {@code oneTime} when an administrator chose it
     * (the person must change it at the first sign-in).
     */
    public Account(String username, String passwordHash, String displayNameZh, String displayNameEn, String unitCode,
                   Set<Role> roles, boolean oneTime, Instant createdAt) {
        this.username = username;
        this.passwordHash = passwordHash;
        this.createdAt = createdAt;
        this.enabled = true;
        this.mustChangePassword = oneTime;
        describe(displayNameZh, displayNameEn, unitCode, roles);
    }

    /** New names, roles or unit; the roles must fit the unit (see the class comment). */
    public void describe(String nameZh, String nameEn, String unit, Set<Role> newRoles) {
        if (newRoles == null || newRoles.isEmpty()) {
            throw ChangeRefusedException.of("roles", "roles.required", "give the account at least one role");
        }
        if (newRoles.contains(Role.AGENCY)) {
            throw ChangeRefusedException.of("roles", "roles.agency",
                    "agencies sign in as API clients, not as people");
        }
        boolean ofUnit = newRoles.stream().anyMatch(Role::belongsToUnit);
        if (ofUnit && unit == null) {
            throw ChangeRefusedException.of("unitCode", "unitCode.required",
                    "a unit operator or unit head belongs to a unit: name it");
        }
        if (!ofUnit && unit != null) {
            throw ChangeRefusedException.of("unitCode", "unitCode.notForRole",
                    "only unit operators and unit heads belong to a unit");
        }
        this.displayNameZh = nameZh;
        this.displayNameEn = nameEn;
        this.unitCode = unit;
        this.roles = EnumSet.copyOf(newRoles);
    }

    public String username() {
        return username;
    }

    public String passwordHash() {
        return passwordHash;
    }

    public boolean enabled() {
        return enabled;
    }

    public boolean mustChangePassword() {
        return mustChangePassword;
    }

    public void disable() {
        if (!enabled) {
            throw ChangeRefusedException.of("username", "account.disabledAlready", username + " is disabled already");
        }
        enabled = false;
    }

    public void enable() {
        if (enabled) {
            throw ChangeRefusedException.of("username", "account.enabledAlready", username + " is enabled already");
        }
        enabled = true;
    }

    /** An administrator sets a one-time password: the person must choose their own at the next sign-in. */
    public void resetPassword(String hash, Instant at) {
        passwordHash = hash;
        mustChangePassword = true;
        passwordChangedAt = at;
    }

    /** The person chose a password of their own. */
    public void choosePassword(String hash, Instant at) {
        passwordHash = hash;
        mustChangePassword = false;
        passwordChangedAt = at;
    }

    public AccountView toView(Instant lockedUntil) {
        return new AccountView(username, displayNameZh, displayNameEn, unitCode, Set.copyOf(roles), enabled,
                mustChangePassword, lockedUntil, lastSignInAt, createdAt, version);
    }

    /** The state recorded in the audit trail; never the hash. */
    public String toJson() {
        return Jsons.createObjectBuilder()
                .add("username", username)
                .add("displayNameZh", displayNameZh)
                .add("displayNameEn", displayNameEn)
                .add("unitCode", unitCode == null ? "" : unitCode)
                .add("roles", roles.toString())
                .add("enabled", enabled)
                .add("mustChangePassword", mustChangePassword)
                .build().toString();
    }
}

package org.linkage110.web.security;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.identitystore.DatabaseIdentityStoreDefinition;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import org.linkage110.domain.Role;
import org.linkage110.platform.Passwords;

/** Portal users: username and PBKDF2 hash from the account table, roles from its role table. */
@DatabaseIdentityStoreDefinition(
        dataSourceLookup = "java:app/jdbc/linkage",
        callerQuery = "select password_hash from platform_account where username = ? and enabled = true",
        groupsQuery = "select role from platform_account_role where username = ?",
        hashAlgorithm = Pbkdf2PasswordHash.class,
        hashAlgorithmParameters = {Passwords.ALGORITHM, Passwords.ITERATIONS, Passwords.SALT_SIZE, Passwords.KEY_SIZE})
@DeclareRoles({Role.Names.DISPATCHER, Role.Names.UNIT_OPERATOR, Role.Names.SUPERVISOR, Role.Names.ADMIN,
        Role.Names.AGENCY})
@ApplicationScoped
public class PortalIdentityStore {
}

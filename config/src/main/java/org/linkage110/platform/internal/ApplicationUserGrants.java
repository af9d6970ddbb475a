package org.linkage110.platform.internal;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The rule that the application's database user may only insert and read the audit trail: granted
 * by the schema owner, table by table, after the migrations — SELECT and INSERT on the audit
 * trail and its chain's seals, SELECT on the migration history, SELECT, INSERT, UPDATE and DELETE on every other table;
 * never DROP, ALTER or TRIGGER. MariaDB cannot take a privilege on one table back from a grant on
 * the whole database, so the application user's grant on the database is SELECT and INSERT only
 * (the scripts make it so) and everything else is granted here, per table.
 */
public final class ApplicationUserGrants {

    /** Tables the application may append to and read, never change. */
    static final Set<String> APPEND_ONLY = Set.of("platform_audit_event", "platform_audit_seal");

    /** Privileges on the whole database that would let the application rewrite an append-only table. */
    public static final Set<String> TOO_WIDE = Set.of("UPDATE", "DELETE", "DROP", "ALTER", "TRIGGER", "ALL PRIVILEGES");

    private ApplicationUserGrants() {
    }

    /** The GRANT statements for these tables to the account {@code user@host} (as CURRENT_USER() names it). */
    public static List<String> statements(String account, List<String> tables) {
        String grantee = grantee(account);
        List<String> statements = new ArrayList<>();
        for (String table : tables) {
            String privileges = APPEND_ONLY.contains(table) ? "SELECT, INSERT"
                    : table.startsWith("schema_history_") ? "SELECT"
                    : "SELECT, INSERT, UPDATE, DELETE";
            statements.add("GRANT " + privileges + " ON `" + table.replace("`", "``") + "` TO " + grantee);
        }
        return statements;
    }

    /** Grants, as the schema owner on {@code owner}, what the account may do on each table of the schema. */
    public static int apply(Connection owner, String account) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Statement s = owner.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT table_name FROM information_schema.tables WHERE table_schema = DATABASE() "
                        + "AND table_type = 'BASE TABLE' ORDER BY table_name")) {
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
        }
        try (Statement s = owner.createStatement()) {
            for (String grant : statements(account, tables)) {
                s.execute(grant);
            }
        }
        return tables.size();
    }

    static String grantee(String account) {
        int at = account.lastIndexOf('@');
        if (at <= 0) {
            throw new IllegalArgumentException("not an account user@host: " + account);
        }
        return quoted(account.substring(0, at)) + "@" + quoted(account.substring(at + 1));
    }

    private static String quoted(String part) {
        return "'" + part.replace("\\", "\\\\").replace("'", "''") + "'";
    }
}

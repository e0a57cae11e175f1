package cn.tenstrong.database;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * 数据库账号迁移: the roles an operator or the platform created in the old cluster (the application's login, reporting
 * or backup logins), recreated in the new one with their attributes, password hashes (PostgreSQL stores a given hash as
 * it is, so the same passwords keep working) and memberships. The bootstrap superuser and PostgreSQL's own
 * {@code pg_*} roles exist in every cluster already.
 */
final class RoleCopy {

    private RoleCopy() {
    }

    /** @return the names of the roles copied */
    static List<String> copy(Connection from, Connection to) throws SQLException {
        List<String> copied = new ArrayList<>();
        List<String> statements = new ArrayList<>();
        try (Statement s = from.createStatement(); ResultSet rs = s.executeQuery("""
                select rolname, rolsuper, rolinherit, rolcreaterole, rolcreatedb, rolcanlogin, rolreplication,
                       rolbypassrls, rolconnlimit, rolpassword, rolvaliduntil::text as valid_until
                from pg_authid
                where rolname !~ '^pg_' and rolname <> current_user
                order by rolname""")) {
            while (rs.next()) {
                String name = Sql.identifier(rs.getString("rolname"));
                copied.add(rs.getString("rolname"));
                statements.add("do $$ begin if not exists (select from pg_roles where rolname = "
                        + Sql.literal(rs.getString("rolname")) + ") then create role " + name + "; end if; end $$");
                statements.add("alter role " + name + " with"
                        + flag(rs, "rolsuper", "superuser") + flag(rs, "rolinherit", "inherit")
                        + flag(rs, "rolcreaterole", "createrole") + flag(rs, "rolcreatedb", "createdb")
                        + flag(rs, "rolcanlogin", "login") + flag(rs, "rolreplication", "replication")
                        + flag(rs, "rolbypassrls", "bypassrls")
                        + " connection limit " + rs.getInt("rolconnlimit")
                        + " password " + (rs.getString("rolpassword") == null ? "null"
                        : Sql.literal(rs.getString("rolpassword")))
                        + " valid until " + Sql.literal(rs.getString("valid_until") == null ? "infinity"
                        : rs.getString("valid_until")));
            }
        }
        try (Statement s = from.createStatement(); ResultSet rs = s.executeQuery("""
                select r.rolname as granted, m.rolname as member, a.admin_option
                from pg_auth_members a
                join pg_roles r on r.oid = a.roleid
                join pg_roles m on m.oid = a.member
                where m.rolname !~ '^pg_' and m.rolname <> current_user
                order by 1, 2""")) {
            while (rs.next()) {
                statements.add("grant " + Sql.identifier(rs.getString("granted")) + " to "
                        + Sql.identifier(rs.getString("member"))
                        + (rs.getBoolean("admin_option") ? " with admin option" : ""));
            }
        }
        try (Statement s = to.createStatement()) {
            for (String statement : statements) {
                s.execute(statement);
            }
        }
        return copied;
    }

    private static String flag(ResultSet rs, String column, String keyword) throws SQLException {
        return rs.getBoolean(column) ? " " + keyword : " no" + keyword;
    }
}

package cn.tenstrong.database;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

/**
 * The embedded database's application login (应用账号): it may log in and nothing more until the migrations'
 * grants ({@code db/migration/*}/{@code afterMigrate__*.sql}) give it rows to read and write. It owns no table, is no
 * superuser and cannot create schema objects, so it cannot disable the audit log's triggers or alter its table.
 */
final class ApplicationRole {

    private ApplicationRole() {
    }

    static void ensure(DataSource owner, String role) throws SQLException {
        if (!role.matches("[a-z][a-z0-9_]{0,62}")) {
            throw new IllegalArgumentException("数据库应用账号名不合法: " + role);
        }
        try (Connection c = owner.getConnection(); Statement s = c.createStatement()) {
            // the name is checked against a strict pattern above; identifiers cannot be bound as parameters
            s.execute("""
                    do $$ begin
                        if not exists (select from pg_roles where rolname = '%1$s') then
                            create role %1$s login nosuperuser nocreatedb nocreaterole noinherit noreplication;
                        end if;
                    end $$""".formatted(role));
            // PostgreSQL before 15 let every role create tables in public (a database created then, or an external server
            // of that age, still does); the application needs none of its own
            s.execute("revoke create on schema public from public");
        }
    }
}

package cn.tenstrong.database;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

/**
 * 平台数据库: the platform's database in an embedded cluster, created on first start (UTF8 from template0, so the
 * cluster's template1 cannot change what it holds) — the same way on the cluster an upgrade builds.
 */
final class PlatformDatabase {

    private PlatformDatabase() {
    }

    /** @param server a connection source to the cluster's {@code postgres} database, as a superuser */
    static void createIfMissing(DataSource server, String database) throws SQLException {
        if (!database.matches("[a-z][a-z0-9_]{0,62}")) {
            throw new IllegalArgumentException("数据库名不合法: " + database);
        }
        try (Connection c = server.getConnection();
             PreparedStatement exists = c.prepareStatement("select 1 from pg_database where datname = ?")) {
            exists.setString(1, database);
            try (ResultSet rs = exists.executeQuery()) {
                if (rs.next()) {
                    return;
                }
            }
            try (Statement create = c.createStatement()) {
                // the name is checked against a strict pattern above; identifiers cannot be bound as parameters
                create.execute("create database " + database + " encoding 'UTF8' template template0");
            }
        }
    }
}

package cn.tenstrong.access.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import cn.tenstrong.access.DataScope;
import cn.tenstrong.access.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for accounts, their roles and the permissions those roles grant. */
@Repository
public class UserRows {

    /** One account row with its roles, for login and for administration. */
    public record UserRow(long id, String username, String displayName, String passwordHash, long organizationId,
                          DataScope dataScope, boolean enabled, int failedAttempts, Instant lockedUntil,
                          Instant lastLoginAt, boolean demo, int version, Set<Role> roles, String email) {
    }

    private static final String SELECT = """
            select u.*, coalesce((select string_agg(r.role_code, ',') from access_user_role r where r.user_id = u.id), '') as roles
            from access_user u
            """;

    private final JdbcClient jdbc;

    public UserRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<UserRow> byUsername(String username) {
        return jdbc.sql(SELECT + " where u.username = :u").param("u", username).query(UserRows::map).optional();
    }

    public Optional<UserRow> byId(long id) {
        return jdbc.sql(SELECT + " where u.id = :id").param("id", id).query(UserRows::map).optional();
    }

    public List<UserRow> all() {
        return jdbc.sql(SELECT + " order by u.username").query(UserRows::map).list();
    }

    public long count() {
        return jdbc.sql("select count(*) from access_user").query(Long.class).single();
    }

    public boolean anyDemo() {
        return jdbc.sql("select exists (select 1 from access_user where demo)").query(Boolean.class).single();
    }

    public Set<String> permissions(Set<Role> roles) {
        if (roles.isEmpty()) {
            return Set.of();
        }
        return Set.copyOf(jdbc.sql("select distinct permission from access_role_permission where role_code in (:roles)")
                .param("roles", roles.stream().map(Role::name).toList()).query(String.class).list());
    }

    public long insert(String username, String displayName, String passwordHash, long organizationId, DataScope scope,
                       Set<Role> roles, boolean demo, String email) {
        long id = jdbc.sql("""
                insert into access_user (username, display_name, password_hash, organization_id, data_scope, demo, email)
                values (:u, :d, :h, :o, :s, :demo, :email) returning id
                """).param("u", username).param("d", displayName).param("h", passwordHash).param("o", organizationId)
                .param("s", scope.name()).param("demo", demo).param("email", email).query(Long.class).single();
        for (Role role : roles) {
            jdbc.sql("insert into access_user_role (user_id, role_code) values (:id, :r)").param("id", id)
                    .param("r", role.name()).update();
        }
        return id;
    }

    /** Notes a successful login, at most once a minute per account (API clients log in on every call). */
    public void recordSuccess(String username, Instant at) {
        jdbc.sql("""
                update access_user set last_login_at = :at
                where username = :u and (last_login_at is null or last_login_at < cast(:at as timestamptz) - interval '1 minute')""")
                .param("u", username).param("at", Timestamp.from(at)).update();
    }

    public boolean unlock(long id) {
        return jdbc.sql("update access_user set failed_attempts = 0, locked_until = null, version = version + 1 where id = :id")
                .param("id", id).update() == 1;
    }

    public void updatePassword(long id, String hash, Instant at) {
        jdbc.sql("update access_user set password_hash = :h, password_changed_at = :at, version = version + 1 where id = :id")
                .param("id", id).param("h", hash).param("at", Timestamp.from(at)).update();
    }

    private static UserRow map(ResultSet rs, int row) throws SQLException {
        String roles = rs.getString("roles");
        Set<Role> roleSet = roles.isEmpty() ? EnumSet.noneOf(Role.class)
                : Arrays.stream(roles.split(",")).map(Role::valueOf).collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
        Timestamp locked = rs.getTimestamp("locked_until");
        Timestamp last = rs.getTimestamp("last_login_at");
        return new UserRow(rs.getLong("id"), rs.getString("username"), rs.getString("display_name"),
                rs.getString("password_hash"), rs.getLong("organization_id"), DataScope.valueOf(rs.getString("data_scope")),
                rs.getBoolean("enabled"), rs.getInt("failed_attempts"), locked == null ? null : locked.toInstant(),
                last == null ? null : last.toInstant(), rs.getBoolean("demo"), rs.getInt("version"), roleSet,
                rs.getString("email"));
    }
}

package cn.tenstrong.access.persistence;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import cn.tenstrong.access.ApiToken;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stored API tokens ({@code access_api_token}): hashes only. */
@Repository
public class ApiTokenRows {

    private static final String SELECT = """
            select t.*, u.username from access_api_token t join access_user u on u.id = t.user_id
            """;

    private final JdbcClient jdbc;

    public ApiTokenRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long insert(long userId, String name, String hash, String hint, ApiToken.Scope scope, String createdBy,
                       Instant expiresAt) {
        return jdbc.sql("""
                insert into access_api_token (user_id, name, token_hash, hint, scope, created_by, expires_at)
                values (:u, :n, :h, :hint, :s, :by, :exp) returning id""")
                .param("u", userId).param("n", name).param("h", hash).param("hint", hint).param("s", scope.name())
                .param("by", createdBy).param("exp", Timestamp.from(expiresAt)).query(Long.class).single();
    }

    public Optional<ApiToken> byId(long id) {
        return jdbc.sql(SELECT + " where t.id = :id").param("id", id).query(ApiTokenRows::map).optional();
    }

    public Optional<ApiToken> byHash(String hash) {
        return jdbc.sql(SELECT + " where t.token_hash = :h").param("h", hash).query(ApiTokenRows::map).optional();
    }

    public List<ApiToken> ofUser(long userId) {
        return jdbc.sql(SELECT + " where t.user_id = :u order by t.id desc").param("u", userId)
                .query(ApiTokenRows::map).list();
    }

    public List<ApiToken> all() {
        return jdbc.sql(SELECT + " order by t.id desc limit 1000").query(ApiTokenRows::map).list();
    }

    public boolean revoke(long id, Instant at, String by) {
        return jdbc.sql("update access_api_token set revoked_at = :at, revoked_by = :by where id = :id and revoked_at is null")
                .param("at", Timestamp.from(at)).param("by", by).param("id", id).update() == 1;
    }

    /** Notes the use, at most once a minute per token (a write per call would cost more than the check saves). */
    public void touch(long id, Instant at) {
        jdbc.sql("""
                update access_api_token set last_used_at = :at
                where id = :id and (last_used_at is null or last_used_at < cast(:at as timestamptz) - interval '1 minute')""")
                .param("at", Timestamp.from(at)).param("id", id).update();
    }

    private static ApiToken map(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new ApiToken(rs.getLong("id"), rs.getLong("user_id"), rs.getString("username"), rs.getString("name"),
                rs.getString("hint"), ApiToken.Scope.valueOf(rs.getString("scope")), rs.getString("created_by"),
                rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("expires_at").toInstant(),
                instant(rs.getTimestamp("last_used_at")), instant(rs.getTimestamp("revoked_at")),
                rs.getString("revoked_by"));
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}

package cn.tenstrong.access.persistence;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Failed logins per account name and source address ({@code access_login_throttle}). */
@Repository
public class LoginThrottleRows {

    /** One account name tried from one address. */
    public record Throttle(String username, String source, int failures, Instant lastFailureAt, Instant lockedUntil) {
    }

    private final JdbcClient jdbc;

    public LoginThrottleRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Throttle> find(String username, String source) {
        return jdbc.sql("select * from access_login_throttle where username = :u and source = :s")
                .param("u", username).param("s", source).query(LoginThrottleRows::map).optional();
    }

    /** Counts a failure and locks the pair once the count reaches {@code max}; returns the row after the change. */
    public Throttle recordFailure(String username, String source, Instant at, int max, Instant lockUntil) {
        return jdbc.sql("""
                insert into access_login_throttle (username, source, failures, last_failure_at, locked_until)
                values (:u, :s, 1, :at, case when 1 >= :max then cast(:until as timestamptz) end)
                on conflict (username, source) do update set
                    failures = access_login_throttle.failures + 1,
                    last_failure_at = :at,
                    locked_until = case when access_login_throttle.failures + 1 >= :max then cast(:until as timestamptz)
                                        else access_login_throttle.locked_until end
                returning *
                """).param("u", username).param("s", source).param("at", Timestamp.from(at)).param("max", max)
                .param("until", Timestamp.from(lockUntil)).query(LoginThrottleRows::map).single();
    }

    public void clear(String username, String source) {
        jdbc.sql("delete from access_login_throttle where username = :u and source = :s")
                .param("u", username).param("s", source).update();
    }

    public int clearAll(String username) {
        return jdbc.sql("delete from access_login_throttle where username = :u").param("u", username).update();
    }

    /** Forgets failures older than {@code before} whose lock (if any) has ended. */
    public int forget(Instant before, Instant now) {
        return jdbc.sql("""
                delete from access_login_throttle
                where last_failure_at < :before and (locked_until is null or locked_until < :now)""")
                .param("before", Timestamp.from(before)).param("now", Timestamp.from(now)).update();
    }

    public List<Throttle> locked(Instant now) {
        return jdbc.sql("select * from access_login_throttle where locked_until > :now order by locked_until desc")
                .param("now", Timestamp.from(now)).query(LoginThrottleRows::map).list();
    }

    /** E-mail addresses of enabled administrators (for alerts). */
    public List<String> administratorEmails() {
        return jdbc.sql("""
                select u.email from access_user u join access_user_role r on r.user_id = u.id
                where r.role_code = 'SYS_ADMIN' and u.enabled and u.email is not null order by u.id""")
                .query(String.class).list();
    }

    private static Throttle map(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        Timestamp locked = rs.getTimestamp("locked_until");
        return new Throttle(rs.getString("username"), rs.getString("source"), rs.getInt("failures"),
                rs.getTimestamp("last_failure_at").toInstant(), locked == null ? null : locked.toInstant());
    }
}

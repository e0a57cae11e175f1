package cn.tenstrong.access.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import cn.tenstrong.access.LoginLock;
import cn.tenstrong.access.LoginLocks;
import cn.tenstrong.access.persistence.LoginThrottleRows;
import cn.tenstrong.access.persistence.LoginThrottleRows.Throttle;
import cn.tenstrong.audit.AuditTrail;
import cn.tenstrong.shared.DomainException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 登录失败处理 without the denial of service: failures are counted per account name and source address. After the
 * second failure each further attempt from that address must wait (1 s, 2 s, 4 s … up to a minute); the
 * {@code max-failed-logins}-th failure locks that address out of that account for {@code lock-duration}, while the
 * account's owner, elsewhere, still logs in. Administrators are told of each lock and can lift it.
 */
@Service
class LoginThrottle implements LoginLocks {

    /** Names are cut to this length before they are stored, so a flood of invented names stays small. */
    private static final int NAME_LIMIT = 64;

    private final LoginThrottleRows rows;
    private final SecurityProperties properties;
    private final AuditTrail audit;
    private final LockAlerts alerts;
    private final Clock clock;

    LoginThrottle(LoginThrottleRows rows, SecurityProperties properties, AuditTrail audit, LockAlerts alerts,
                  Clock clock) {
        this.rows = rows;
        this.properties = properties;
        this.audit = audit;
        this.alerts = alerts;
        this.clock = clock;
    }

    /** What is on record for an account name and address before an attempt. */
    enum State {
        /** No failures on record: nothing to clear after a success (no write per API call). */
        CLEAN,
        /** Failures on record, but the attempt may proceed. */
        FAILED_BEFORE,
        /** Locked out or inside the wait: refused without looking at the password. */
        REFUSED
    }

    @Transactional(readOnly = true)
    State state(String username, String source) {
        Instant now = clock.instant();
        return rows.find(key(username), source).map(t -> {
            if (t.lockedUntil() != null && t.lockedUntil().isAfter(now)) {
                return State.REFUSED;
            }
            boolean lockOver = t.lockedUntil() != null;
            return !lockOver && t.lastFailureAt().plus(properties.delayAfter(t.failures())).isAfter(now)
                    ? State.REFUSED : State.FAILED_BEFORE;
        }).orElse(State.CLEAN);
    }

    @Transactional
    void recordFailure(String username, String source) {
        Instant now = clock.instant();
        String name = key(username);
        var before = rows.find(name, source);
        if (before.map(t -> t.lockedUntil() != null && !t.lockedUntil().isAfter(now)).orElse(false)) {
            // a lock that has run out starts the count afresh
            rows.clear(name, source);
        }
        Throttle after = rows.recordFailure(name, source, now, properties.maxFailedLogins(),
                now.plus(properties.lockDuration()));
        if (after.failures() == properties.maxFailedLogins()) {
            audit.record("LOGIN_LOCK", "access.login-lock", name + "@" + source, null,
                    Map.of("username", name, "source", source, "failures", after.failures(),
                            "lockedUntil", after.lockedUntil().toString()));
            alerts.locked(toLock(after));
        }
        rows.forget(now.minus(Duration.ofDays(1)), now);
    }

    @Transactional
    void recordSuccess(String username, String source) {
        rows.clear(key(username), source);
    }

    @Transactional
    void clearAccount(String username) {
        rows.clearAll(key(username));
    }

    @Override
    @Transactional(readOnly = true)
    @PreAuthorize("hasAuthority('access:user:read')")
    public List<LoginLock> active() {
        return rows.locked(clock.instant()).stream().map(LoginThrottle::toLock).toList();
    }

    @Override
    @Transactional
    @PreAuthorize("hasAuthority('access:user:write')")
    public void lift(String username, String source) {
        String name = key(username);
        Throttle lock = rows.find(name, source == null ? "" : source)
                .orElseThrow(() -> DomainException.notFound("没有该登录限制"));
        rows.clear(name, lock.source());
        audit.record("UNLOCK", "access.login-lock", name + "@" + lock.source(), toLock(lock), null);
    }

    static String key(String username) {
        String name = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        return name.length() > NAME_LIMIT ? name.substring(0, NAME_LIMIT) : name;
    }

    private static LoginLock toLock(Throttle t) {
        return new LoginLock(t.username(), t.source(), t.failures(), t.lastFailureAt(), t.lockedUntil());
    }
}

package cn.tenstrong.access.internal;

import java.time.Clock;

import cn.tenstrong.access.persistence.UserRows;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Counts wrong passwords and locks the account after too many (等保: 5 failures → 15 minutes). */
@Component
class LoginAttempts {

    private final UserRows rows;
    private final SecurityProperties properties;
    private final Clock clock;

    LoginAttempts(UserRows rows, SecurityProperties properties, Clock clock) {
        this.rows = rows;
        this.properties = properties;
        this.clock = clock;
    }

    @EventListener
    @Transactional
    void onBadCredentials(AuthenticationFailureBadCredentialsEvent event) {
        rows.recordFailure(event.getAuthentication().getName(), properties.maxFailedLogins(),
                clock.instant().plus(properties.lockDuration()));
    }

    @EventListener
    @Transactional
    void onSuccess(AuthenticationSuccessEvent event) {
        rows.recordSuccess(event.getAuthentication().getName(), clock.instant());
    }

    /** Whether the account is locked right now (the login page then says so instead of "wrong password"). */
    @Transactional(readOnly = true)
    boolean isLocked(String username) {
        return rows.byUsername(username == null ? "" : username.trim())
                .map(r -> r.lockedUntil() != null && r.lockedUntil().isAfter(clock.instant()))
                .orElse(false);
    }
}

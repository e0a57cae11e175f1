package cn.tenstrong.access.internal;

import java.time.Clock;

import cn.tenstrong.access.persistence.UserRows;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Remembers each account's last successful login (failures are counted by {@link LoginThrottle}). */
@Component
class LoginAttempts {

    private final UserRows rows;
    private final Clock clock;

    LoginAttempts(UserRows rows, Clock clock) {
        this.rows = rows;
        this.clock = clock;
    }

    @EventListener
    @Transactional
    void onSuccess(AuthenticationSuccessEvent event) {
        rows.recordSuccess(event.getAuthentication().getName(), clock.instant());
    }
}

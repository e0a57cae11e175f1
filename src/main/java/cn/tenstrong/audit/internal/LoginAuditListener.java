package cn.tenstrong.audit.internal;

import java.util.Map;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Writes every interactive login and every failed attempt (form or API) to the audit log. Successful
 * HTTP Basic calls are not logged one by one: each API request re-authenticates.
 */
@Component
class LoginAuditListener {

    private final JdbcAuditTrail trail;

    LoginAuditListener(JdbcAuditTrail trail) {
        this.trail = trail;
    }

    @EventListener
    void onSuccess(InteractiveAuthenticationSuccessEvent event) {
        trail.recordAs(event.getAuthentication().getName(), "LOGIN_SUCCESS", "access.session", null, null);
    }

    @EventListener
    void onFailure(AbstractAuthenticationFailureEvent event) {
        String reason = event.getException().getClass().getSimpleName();
        trail.recordAs(String.valueOf(event.getAuthentication().getName()), "LOGIN_FAILURE", "access.session", null,
                Map.of("reason", reason));
    }
}

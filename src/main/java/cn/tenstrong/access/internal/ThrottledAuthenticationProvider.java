package cn.tenstrong.access.internal;

import org.springframework.security.authentication.AccountStatusException;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Password login behind the {@link LoginThrottle}. Whatever went wrong — unknown account, wrong password, an address
 * locked out or told to wait, a disabled account — the caller gets the same {@link BadCredentialsException}, so the
 * answer tells nothing about which accounts exist or are locked (the audit log records the real reason).
 */
class ThrottledAuthenticationProvider implements AuthenticationProvider {

    /** An attempt refused before its password was checked. */
    static final class LoginThrottledException extends BadCredentialsException {
        LoginThrottledException() {
            super("login throttled");
        }
    }

    private final DaoAuthenticationProvider passwords;
    private final LoginThrottle throttle;

    ThrottledAuthenticationProvider(DaoAuthenticationProvider passwords, LoginThrottle throttle) {
        this.passwords = passwords;
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication attempt) throws AuthenticationException {
        String username = attempt.getName();
        String source = attempt.getDetails() instanceof WebAuthenticationDetails web && web.getRemoteAddress() != null
                ? web.getRemoteAddress() : "unknown";
        LoginThrottle.State state = throttle.state(username, source);
        if (state == LoginThrottle.State.REFUSED) {
            throw new LoginThrottledException();
        }
        try {
            Authentication result = passwords.authenticate(attempt);
            if (state == LoginThrottle.State.FAILED_BEFORE) {
                throttle.recordSuccess(username, source);
            }
            return result;
        } catch (BadCredentialsException wrong) {
            throttle.recordFailure(username, source);
            throw wrong;
        } catch (AccountStatusException status) {
            throttle.recordFailure(username, source);
            throw new BadCredentialsException("account not usable", status);
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return passwords.supports(authentication);
    }
}

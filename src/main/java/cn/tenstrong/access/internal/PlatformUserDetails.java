package cn.tenstrong.access.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import cn.tenstrong.access.CurrentUser;
import cn.tenstrong.access.Role;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The logged-in account as Spring Security sees it, carrying the platform's {@link CurrentUser}. */
final class PlatformUserDetails implements UserDetails, CredentialsContainer {

    private final CurrentUser user;
    private String passwordHash;
    private final boolean enabled;
    private final Instant lockedUntil;
    private final transient Clock clock;

    PlatformUserDetails(CurrentUser user, String passwordHash, boolean enabled, Instant lockedUntil, Clock clock) {
        this.user = user;
        this.passwordHash = passwordHash;
        this.enabled = enabled;
        this.lockedUntil = lockedUntil;
        this.clock = clock;
    }

    CurrentUser user() {
        return user;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        List<GrantedAuthority> authorities = new ArrayList<>();
        user.roles().stream().map(Role::authority).map(SimpleGrantedAuthority::new).forEach(authorities::add);
        user.permissions().stream().map(SimpleGrantedAuthority::new).forEach(authorities::add);
        return authorities;
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return user.username();
    }

    @Override
    public boolean isAccountNonLocked() {
        return lockedUntil == null || clock == null || !lockedUntil.isAfter(clock.instant());
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }
}

package cn.tenstrong.access;

import java.util.Set;

import cn.tenstrong.support.BrowserSession;
import cn.tenstrong.support.Http;
import cn.tenstrong.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

import static org.assertj.core.api.Assertions.assertThat;

/** 等保: five wrong passwords lock the account for 15 minutes, for the API and the login form alike. */
class LoginLockoutTest extends IntegrationTest {

    @Autowired
    UserAccounts accounts;
    @Autowired
    JdbcClient jdbc;

    @Test
    void fiveWrongPasswordsLockTheApi() {
        UserAccount user = createUser("lockapi");
        Http http = new Http(baseUrl());
        for (int i = 0; i < 5; i++) {
            assertThat(http.get("/api/access/me", "lockapi", "Wrong-pass-" + i).statusCode()).isEqualTo(401);
        }
        var locked = http.get("/api/access/me", "lockapi", PASSWORD);
        assertThat(locked.statusCode()).isEqualTo(401);
        assertThat(locked.body()).contains("账户已锁定");
        assertThat(jdbc.sql("select locked_until > now() + interval '14 minutes' from access_user where username = 'lockapi'")
                .query(Boolean.class).single()).isTrue();
        assertThat(jdbc.sql("select count(*) from audit_log where actor = 'lockapi' and action = 'LOGIN_FAILURE'")
                .query(Long.class).single()).isGreaterThanOrEqualTo(5L);

        asAdmin(() -> accounts.unlock(user.id()));
        assertThat(http.get("/api/access/me", "lockapi", PASSWORD).statusCode()).isEqualTo(200);
    }

    @Test
    void theLoginFormSaysTheAccountIsLocked() {
        createUser("lockform");
        BrowserSession browser = new BrowserSession(baseUrl());
        for (int i = 0; i < 4; i++) {
            assertThat(browser.login("lockform", "Wrong-pass-" + i)).endsWith("/login?error");
        }
        assertThat(browser.login("lockform", "Wrong-pass-4")).endsWith("/login?locked");
        assertThat(browser.login("lockform", PASSWORD)).endsWith("/login?locked");
        assertThat(browser.get("/login?locked").body()).contains("账户已锁定");
    }

    private static final String PASSWORD = "Lock-Test-2026";

    private UserAccount createUser(String username) {
        long orgId = jdbc.sql("select id from org_organization where name = '省工业和信息化厅'").query(Long.class).single();
        return asAdmin(() -> accounts.create(new NewUserAccount(username, "锁定测试", orgId, DataScope.OWN_ORG,
                Set.of(Role.AGENCY), PASSWORD)));
    }

    private static <T> T asAdmin(java.util.function.Supplier<T> action) {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                "test-admin", null, java.util.List.of(new SimpleGrantedAuthority("access:user:write"))));
        try {
            return action.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private static void asAdmin(Runnable action) {
        asAdmin(() -> {
            action.run();
            return null;
        });
    }
}

package cn.tenstrong.access;

import java.net.http.HttpResponse;
import java.util.List;
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

/**
 * 等保 login-failure handling without the denial of service: one answer for unknown accounts, wrong passwords and
 * locked-out addresses; growing waits and a lock per account name and source address; administrators see and lift
 * locks.
 */
class LoginLockoutTest extends IntegrationTest {

    private static final String PASSWORD = "Lock-Test-2026";

    @Autowired
    UserAccounts accounts;
    @Autowired
    JdbcClient jdbc;

    @Test
    void unknownAccountsWrongPasswordsAndLocksGetTheSameAnswer() throws Exception {
        createUser("sameanswer");
        Http http = new Http(baseUrl());
        HttpResponse<String> unknown = http.get("/api/access/me", "nobody-here", "Wrong-pass-1");
        HttpResponse<String> wrong = http.get("/api/access/me", "sameanswer", "Wrong-pass-1");
        assertThat(unknown.statusCode()).isEqualTo(401);
        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(wrong.body()).isEqualTo(unknown.body());
        lockOut(http, "sameanswer");
        HttpResponse<String> locked = http.get("/api/access/me", "sameanswer", PASSWORD);
        assertThat(locked.statusCode()).isEqualTo(401);
        assertThat(locked.body()).isEqualTo(unknown.body()).doesNotContain("锁定");
        liftAll("sameanswer");
    }

    @Test
    void waitsGrowThenTheAddressIsLockedOutOfThatAccountOnly() throws Exception {
        UserAccount user = createUser("lockapi");
        Http http = new Http(baseUrl());
        assertThat(http.get("/api/access/me", "lockapi", "Wrong-pass-1").statusCode()).isEqualTo(401);
        assertThat(http.get("/api/access/me", "lockapi", "Wrong-pass-2").statusCode()).isEqualTo(401);
        // within the wait after the second failure even the right password is not looked at
        assertThat(http.get("/api/access/me", "lockapi", PASSWORD).statusCode()).isEqualTo(401);
        Thread.sleep(1_100);
        assertThat(http.get("/api/access/me", "lockapi", PASSWORD).statusCode()).isEqualTo(200);

        lockOut(http, "lockapi");
        assertThat(http.get("/api/access/me", "lockapi", PASSWORD).statusCode()).isEqualTo(401);
        // the lock binds this address to this account: nobody else is locked, and the account row is untouched
        assertThat(jdbc.sql("select locked_until is null from access_user where username = 'lockapi'")
                .query(Boolean.class).single()).isTrue();
        assertThat(jdbc.sql("select source from access_login_throttle where username = 'lockapi' and locked_until > now()")
                .query(String.class).list()).containsExactly("127.0.0.1");
        assertThat(http.get("/api/access/me", "agency", demoPasswords().get("agency")).statusCode()).isEqualTo(200);
        assertThat(jdbc.sql("select count(*) from audit_log where action = 'LOGIN_LOCK' and entity_id = 'lockapi@127.0.0.1'")
                .query(Long.class).single()).isEqualTo(1L);
        assertThat(jdbc.sql("select count(*) from audit_log where actor = 'lockapi' and action = 'LOGIN_FAILURE'")
                .query(Long.class).single()).isGreaterThanOrEqualTo(5L);

        // administrators see the lock and lift it; leaders may not
        String admin = demoPasswords().get("admin");
        HttpResponse<String> list = http.get("/api/access/login-locks", "admin", admin);
        assertThat(list.body()).contains("\"username\":\"lockapi\"").contains("\"source\":\"127.0.0.1\"");
        assertThat(http.send("DELETE", "/api/access/login-locks?username=lockapi&source=127.0.0.1", "leader",
                demoPasswords().get("leader"), null).statusCode()).isEqualTo(403);
        assertThat(http.send("DELETE", "/api/access/login-locks?username=lockapi&source=127.0.0.1", "admin", admin, null)
                .statusCode()).isEqualTo(204);
        assertThat(http.get("/api/access/me", "lockapi", PASSWORD).statusCode()).isEqualTo(200);
        assertThat(jdbc.sql("select count(*) from audit_log where action = 'UNLOCK' and entity_id = 'lockapi@127.0.0.1'")
                .query(Long.class).single()).isEqualTo(1L);
        assertThat(user.username()).isEqualTo("lockapi");
    }

    @Test
    void theLoginFormNeverSaysWhichItWas() throws Exception {
        createUser("lockform");
        BrowserSession browser = new BrowserSession(baseUrl());
        String unknown = browser.login("no-such-user", "Wrong-pass-0");
        assertThat(unknown).endsWith("/login?error");
        for (int i = 1; i <= 5; i++) {
            assertThat(browser.login("lockform", "Wrong-pass-" + i)).endsWith("/login?error");
            Thread.sleep(waitAfter(i));
        }
        assertThat(browser.login("lockform", PASSWORD)).endsWith("/login?error");
        assertThat(browser.get("/login?error").body()).contains("用户名或密码错误").doesNotContain("已锁定");
        liftAll("lockform");
        assertThat(browser.login("lockform", PASSWORD)).doesNotContain("/login");
    }

    @Test
    void passwordsWithTheUsernameOrFromTheCommonListAreRefused() {
        assertThat(PasswordPolicy.violation("Password1", "someone")).contains("密码过于常见（属于常见弱口令），请换一个");
        assertThat(PasswordPolicy.violation("P@ssw0rd", "someone")).isPresent();
        assertThat(PasswordPolicy.violation("Zhangsan#2026", "zhangsan")).contains("密码不能包含用户名");
        assertThat(PasswordPolicy.violation("Qd-Tsq-2026!", "zhangsan")).isEmpty();
    }

    /** Five failures from this address, each after the wait the previous one imposed. */
    private static void lockOut(Http http, String username) throws InterruptedException {
        for (int i = 1; i <= 5; i++) {
            Thread.sleep(waitAfter(i - 1));
            assertThat(http.get("/api/access/me", username, "Wrong-pass-" + i).statusCode()).isEqualTo(401);
        }
    }

    private static long waitAfter(int failures) {
        return failures < 2 ? 0 : (1_000L << (failures - 2)) + 150;
    }

    private void liftAll(String username) {
        asAdmin(() -> jdbc.sql("select source from access_login_throttle where username = :u").param("u", username)
                .query(String.class).list().forEach(source -> locks.lift(username, source)));
    }

    @Autowired
    LoginLocks locks;

    private UserAccount createUser(String username) {
        long orgId = jdbc.sql("select id from org_organization where name = '省工业和信息化厅'").query(Long.class).single();
        return asAdmin(() -> accounts.create(new NewUserAccount(username, "锁定测试", orgId, DataScope.OWN_ORG,
                Set.of(Role.AGENCY), PASSWORD)));
    }

    private static <T> T asAdmin(java.util.function.Supplier<T> action) {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                "test-admin", null, List.of(new SimpleGrantedAuthority("access:user:write"),
                        new SimpleGrantedAuthority("access:user:read"))));
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

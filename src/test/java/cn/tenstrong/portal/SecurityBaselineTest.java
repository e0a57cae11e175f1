package cn.tenstrong.portal;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;

import cn.tenstrong.support.BrowserSession;
import cn.tenstrong.support.Http;
import cn.tenstrong.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** The platform's front door: what answers without login, what needs it, and how errors look. */
class SecurityBaselineTest extends IntegrationTest {

    @Autowired
    Environment environment;
    @Autowired
    JdbcClient jdbc;

    private Http http;

    @BeforeEach
    void client() {
        http = new Http(baseUrl());
    }

    @Test
    void embeddedPostgresRunsWithDurabilityOn() {
        assertThat(jdbc.sql("show fsync").query(String.class).single()).isEqualTo("on");
        assertThat(jdbc.sql("show synchronous_commit").query(String.class).single()).isEqualTo("on");
        assertThat(jdbc.sql("show full_page_writes").query(String.class).single()).isEqualTo("on");
        assertThat(DATA_DIR.resolve("pg/PG_VERSION")).exists();
    }

    @Test
    void embeddedPostgresRunsWithTheConfiguredServerSettings() {
        // platform.database.embedded-settings (application.yml: the bulk-load ones; the tests' properties put some back
        // to PostgreSQL's defaults): map keys in brackets keep their underscores, and every configured value is in effect
        for (String name : new String[] {"max_wal_size", "checkpoint_timeout", "wal_buffers", "shared_buffers"}) {
            String configured = environment.getProperty("platform.database.embedded-settings[" + name + "]");
            assertThat(configured).as(name).isNotBlank();
            assertThat(jdbc.sql("show " + name).query(String.class).single()).as(name).isEqualTo(configured);
        }
        assertThat(environment.getProperty("platform.database.embedded-settings[wal_buffers]")).isEqualTo("16MB");
    }

    @Test
    void healthIsPublicAndEverythingElseNeedsLogin() {
        HttpResponse<String> health = http.get("/actuator/health", null, null);
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"status\":\"UP\"");

        HttpResponse<String> api = http.get("/api/plans", null, null);
        assertThat(api.statusCode()).isEqualTo(401);
        assertThat(api.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(api.body()).contains("\"status\":401").contains("未登录或登录已失效");

        assertThat(http.get("/login", null, null).statusCode()).isEqualTo(200);
        HttpResponse<String> home = http.get("/", null, null);
        assertThat(home.statusCode()).isEqualTo(302);
        assertThat(home.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
        assertThat(http.get("/v3/api-docs", null, null).statusCode()).isEqualTo(302);
    }

    @Test
    void securityHeadersAreSent() {
        HttpResponse<String> login = http.get("/login", null, null);
        assertThat(login.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(v -> assertThat(v).contains("default-src 'self'"));
        assertThat(login.headers().firstValue("X-Frame-Options")).contains("DENY");
        assertThat(login.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
    }

    @Test
    void demoAccountsOnePerRoleInAnOwnerOnlyFile() throws Exception {
        Map<String, String> demo = demoPasswords();
        assertThat(demo).containsOnlyKeys("admin", "zhuanban", "agency", "city", "park", "leader");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(DATA_DIR.resolve("demo-accounts.txt"))))
                .isEqualTo("rw-------");
        assertThat(jdbc.sql("select count(distinct role_code) from access_user_role r join access_user u on u.id = r.user_id where u.demo")
                .query(Long.class).single()).isEqualTo(6L);
        assertThat(jdbc.sql("select password_hash from access_user where username = 'agency'").query(String.class).single())
                .startsWith("{bcrypt}$2");
    }

    @Test
    void apiAnswersWithRolesAndProblemDetails() {
        Map<String, String> demo = demoPasswords();
        HttpResponse<String> me = http.get("/api/access/me", "agency", demo.get("agency"));
        assertThat(me.statusCode()).isEqualTo(200);
        assertThat(me.body()).contains("\"organizationName\":\"省工业和信息化厅\"").contains("\"dataScope\":\"OWN_ORG\"")
                .contains("ledger:report:write");

        HttpResponse<String> denied = http.get("/api/audit/entries", "agency", demo.get("agency"));
        assertThat(denied.statusCode()).isEqualTo(403);
        assertThat(denied.body()).contains("\"status\":403").contains("您没有执行此操作的权限").doesNotContain("Exception");

        HttpResponse<String> missing = http.get("/api/org/organizations/999999", "admin", demo.get("admin"));
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).contains("机构不存在");

        HttpResponse<String> wrongPassword = http.get("/api/access/me", "leader", "not-the-password");
        assertThat(wrongPassword.statusCode()).isEqualTo(401);
    }

    @Test
    void weakPasswordsAreRefusedWithAChineseReason() {
        Map<String, String> demo = demoPasswords();
        long orgId = jdbc.sql("select id from org_organization where name = '省工业和信息化厅'").query(Long.class).single();
        HttpResponse<String> weak = http.send("POST", "/api/access/users", "admin", demo.get("admin"),
                "{\"username\":\"weakling\",\"displayName\":\"测试\",\"organizationId\":" + orgId
                        + ",\"dataScope\":\"OWN_ORG\",\"roles\":[\"AGENCY\"],\"password\":\"password1\"}");
        assertThat(weak.statusCode()).isEqualTo(422);
        assertThat(weak.body()).contains("至少三类");
        assertThat(jdbc.sql("select count(*) from access_user where username = 'weakling'").query(Long.class).single()).isZero();
    }

    @Test
    void pagesAndOpenApiDocsAfterFormLogin() {
        Map<String, String> demo = demoPasswords();
        BrowserSession browser = new BrowserSession(baseUrl());
        assertThat(browser.login("admin", demo.get("admin"))).endsWith("/");
        HttpResponse<String> home = browser.get("/");
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.body()).contains("省大数据局").contains("id=\"card-cities\">16<").contains("id=\"card-counties\">136<");
        HttpResponse<String> docs = browser.get("/v3/api-docs");
        assertThat(docs.statusCode()).isEqualTo(200);
        assertThat(docs.body()).contains("/api/org/organizations").contains("/api/audit/verification");
        assertThat(browser.get("/org/regions").body()).contains("济南市").contains("历下区").contains("莱芜区");
        // 组织机构: the kinds are offered to filter by and, on the edit form, to choose (the organisation's selected)
        String organizations = browser.get("/org/organizations?q=" + java.net.URLEncoder.encode("济南高新",
                java.nio.charset.StandardCharsets.UTF_8)).body();
        assertThat(organizations).contains("<option value=\"PARK\"").contains("<option value=\"CITY_BUREAU\"");
        java.util.regex.Matcher edit = java.util.regex.Pattern.compile("/org/organizations/(\\d+)/edit")
                .matcher(organizations);
        assertThat(edit.find()).isTrue();
        assertThat(browser.get(edit.group()).body()).containsPattern("<option value=\"[A-Z_]+\"[^>]*selected");
        assertThat(browser.get("/audit").statusCode()).isEqualTo(200);

        BrowserSession agency = new BrowserSession(baseUrl());
        agency.login("agency", demo.get("agency"));
        assertThat(agency.get("/audit").statusCode()).isEqualTo(403);
        assertThat(agency.get("/access/users").statusCode()).isEqualTo(403);
    }

    @Test
    void wrongFormLoginGoesBackToTheLoginPage() {
        BrowserSession browser = new BrowserSession(baseUrl());
        assertThat(browser.login("leader", "Wrong-password-1")).endsWith("/login?error");
    }
}

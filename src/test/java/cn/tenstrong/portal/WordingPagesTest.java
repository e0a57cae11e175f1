package cn.tenstrong.portal;

import java.util.Map;

import cn.tenstrong.support.BrowserSession;
import cn.tenstrong.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Wording: one count of industries (11 industries, 12 plans), 接口文档 only in the administrator's menu, the audit
 * log in Chinese with its changes field by field and searchable by Chinese names.
 */
class WordingPagesTest extends IntegrationTest {

    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Test
    void oneCountOfIndustriesAndTheApiDocsOnlyForAdministrators() {
        Map<String, String> pw = demoPasswords();
        BrowserSession admin = new BrowserSession(baseUrl());
        admin.login("admin", pw.get("admin"));
        String home = admin.get("/").body();
        // the seed's 12 plans, and any plan other tests in this JVM imported (other years)
        long plans = jdbc.sql("select count(*) from plan_plan where status = 'ACTIVE'").query(Long.class).single();
        assertThat(plans).isGreaterThanOrEqualTo(12);
        assertThat(home).contains("id=\"card-industries\">11<").contains("id=\"card-plans\">" + plans + "<")
                .contains("文化旅游（文化创意、精品旅游）").contains("nav-api");
        assertThat(home.split("<tr>", -1).length - 1).as("industry rows + header").isEqualTo(12);
        for (String user : new String[] {"leader", "zhuanban", "agency", "city", "park"}) {
            BrowserSession s = new BrowserSession(baseUrl());
            s.login(user, pw.get(user));
            assertThat(s.get("/").body()).as(user).doesNotContain("nav-api").doesNotContain("接口文档");
        }
    }

    @Test
    void theAuditLogSpeaksChineseAndIsSearchedByChineseNames() {
        BrowserSession admin = new BrowserSession(baseUrl());
        admin.login("admin", demoPasswords().get("admin"));
        String logins = admin.get("/audit?action=" + java.net.URLEncoder.encode("登录成功", java.nio.charset.StandardCharsets.UTF_8)).body();
        assertThat(logins).contains("class=\"audit-action\" title=\"LOGIN_SUCCESS\">登录成功<")
                .doesNotContain("title=\"LOGIN_FAILURE\"");
        String rounds = admin.get("/audit?entity=" + java.net.URLEncoder.encode("调度轮次", java.nio.charset.StandardCharsets.UTF_8)).body();
        assertThat(rounds).contains("title=\"ledger.round\">调度轮次").contains("<strong>轮次</strong>");
    }
}

package cn.tenstrong.project;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.util.Set;

import cn.tenstrong.support.AsUser;
import cn.tenstrong.support.BrowserSession;
import cn.tenstrong.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

import static org.assertj.core.api.Assertions.assertThat;

/** Every project page renders for the users who may see it, and refuses the others. */
class ProjectPagesTest extends IntegrationTest {

    @Autowired
    ProjectLibrary library;
    @Autowired
    UserDetailsService userDetails;

    @Test
    void pagesRenderAndRespectScope() {
        Project p = new AsUser(userDetails).call("city", () -> library.create(ProjectLibraryTest.draft("页面测试项目",
                "01", "370102", Set.of(ProjectCategory.MAJOR), "1000")));
        BrowserSession city = new BrowserSession(baseUrl());
        city.login("city", demoPasswords().get("city"));
        for (String path : new String[] {"/projects", "/projects/new", "/projects/import", "/projects/kpis",
                "/projects/" + p.id(), "/projects/" + p.id() + "/edit", "/projects/kpis/data?year=2025"}) {
            HttpResponse<String> page = city.get(path);
            assertThat(page.statusCode()).as(path).isEqualTo(200);
        }
        assertThat(city.get("/projects/" + p.id() + "/edit").body()).contains("页面测试项目");
        assertThat(city.get("/projects/template.xlsx").statusCode()).isEqualTo(200);
        assertThat(city.get("/").body()).contains("nav-projects").contains("nav-project-import");

        BrowserSession park = new BrowserSession(baseUrl());
        park.login("park", demoPasswords().get("park"));
        assertThat(park.get("/projects/" + p.id()).statusCode()).isEqualTo(403);

        BrowserSession leader = new BrowserSession(baseUrl());
        leader.login("leader", demoPasswords().get("leader"));
        assertThat(leader.get("/projects/" + p.id()).statusCode()).isEqualTo(200);
        assertThat(leader.get("/projects/" + p.id()).body()).doesNotContain("report-form").doesNotContain("stage-form");
        assertThat(leader.get("/projects/new").statusCode()).isEqualTo(403);
        assertThat(leader.get("/").body()).contains("nav-projects").doesNotContain("nav-project-import");
        assertThat(BigDecimal.ONE).isNotNull();
    }
}

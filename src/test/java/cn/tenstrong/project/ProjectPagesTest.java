package cn.tenstrong.project;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
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

    @Test
    void theFormComesBackWithTheRefusalAndWhatWasTypedThenSavesAndEdits() {
        BrowserSession city = new BrowserSession(baseUrl());
        city.login("city", demoPasswords().get("city"));
        Map<String, String> typed = new LinkedHashMap<>(Map.of("name", "表单往返测试 储能电站项目",
                "enterpriseName", "表单往返储能有限公司", "industryCode", "01", "regionCode", "370102",
                "categories", "MAJOR", "totalInvestment", "很多", "planYear", "2025", "stage", "SIGNED",
                "signedOn", "2025-01-08", "version", "0"));
        typed.put("plannedStart", "2025-03-01");
        HttpResponse<String> refused = city.postForm("/projects/new", "/projects/new", typed);
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).contains("id=\"error\"").contains("总投资：")
                .contains("value=\"表单往返测试 储能电站项目\"").contains("value=\"很多\"")
                .contains("value=\"2025-01-08\"")
                .containsPattern("value=\"MAJOR\"[^>]*checked|checked[^>]*value=\"MAJOR\"")
                .contains("value=\"370102\"");                                 // the choice lists are there again

        typed.put("totalInvestment", "3亿");
        HttpResponse<String> created = city.postForm("/projects/new", "/projects/new", typed);
        assertThat(created.statusCode()).isEqualTo(302);
        long id = Long.parseLong(created.headers().firstValue("Location").orElseThrow().replaceAll(".*/projects/", ""));
        Project p = new AsUser(userDetails).call("city", () -> library.require(id));
        assertThat(p.totalInvestment()).isEqualByComparingTo("300000000");
        assertThat(p.categories()).containsExactly(ProjectCategory.MAJOR);
        assertThat(p.signedOn()).isEqualTo(java.time.LocalDate.of(2025, 1, 8));
        assertThat(p.plannedStart()).isEqualTo(java.time.LocalDate.of(2025, 3, 1));

        String edit = "/projects/" + id + "/edit";
        // dates as a date input takes them (yyyy-MM-dd), so an edit keeps them
        assertThat(city.get(edit).body()).contains("value=\"3亿元\"").contains("表单往返储能有限公司")
                .contains("value=\"2025-03-01\"");
        typed.put("name", "表单往返测试 储能电站项目（改）");
        typed.put("version", "7");
        HttpResponse<String> stale = city.postForm(edit, edit, typed);
        assertThat(stale.statusCode()).isEqualTo(200);
        assertThat(stale.body()).contains("已被他人修改").contains("value=\"表单往返测试 储能电站项目（改）\"");
        typed.put("version", Integer.toString(p.version()));
        assertThat(city.postForm(edit, edit, typed).statusCode()).isEqualTo(302);
        Project edited = new AsUser(userDetails).call("city", () -> library.require(id));
        assertThat(edited.name()).isEqualTo("表单往返测试 储能电站项目（改）");
        assertThat(edited.plannedStart()).isEqualTo(java.time.LocalDate.of(2025, 3, 1));
    }
}

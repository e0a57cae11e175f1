package cn.tenstrong.portal;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

import cn.tenstrong.support.BrowserSession;
import cn.tenstrong.support.Http;
import cn.tenstrong.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Errors that Spring MVC or the servlet container report (unknown address, wrong method, a value of the wrong type,
 * unreadable JSON, a missing parameter, /error itself) are Chinese problem details on the API and the error page on
 * pages, without the framework's English text or class names.
 */
class ChineseProblemsTest extends IntegrationTest {

    @Autowired
    JsonMapper json;

    private Http http;
    private Map<String, String> demo;

    @BeforeEach
    void setUp() {
        http = new Http(baseUrl());
        demo = demoPasswords();
    }

    private JsonNode problem(HttpResponse<String> r, int status, String detail) {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(
                t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(r.body()).doesNotContain("Failed to").doesNotContain("Exception").doesNotContain("org.")
                .doesNotContain("java.").doesNotContain("No static resource");
        JsonNode p = json.readTree(r.body());
        assertThat(p.get("status").asInt()).isEqualTo(status);
        assertThat(p.get("detail").asString()).contains(detail);
        assertThat(p.get("title").asString()).matches(".*\\p{IsHan}.*");
        return p;
    }

    @Test
    void aRequestTooLargeForTheContainerIsAChineseProblemToo() {
        // Tomcat refuses request lines and headers over its limit before any servlet runs
        HttpResponse<String> r = http.get("/api/org/regions?q=" + "x".repeat(20_000), "leader", demo.get("leader"));
        problem(r, 400, "请求行或请求头过长");
    }

    @Test
    void unknownAddressesAndWrongMethodsAreChineseProblems() {
        problem(http.get("/api/no-such-thing", "leader", demo.get("leader")), 404, "请求的地址不存在");
        problem(http.send("DELETE", "/api/plans", "admin", demo.get("admin"), null), 405, "不支持");
        problem(http.get("/error", "leader", demo.get("leader")), 404, "请求的地址不存在");
    }

    @Test
    void badValuesAndBodiesNameTheParameterNotTheLibrary() {
        problem(http.get("/api/projects/abc", "admin", demo.get("admin")), 400, "参数“id”的值“abc”格式不正确");
        problem(http.get("/api/projects?stage=NOPE", "admin", demo.get("admin")), 400, "参数“stage”的值“NOPE”格式不正确");
        problem(http.send("POST", "/api/targeting/targets", "admin", demo.get("admin"), "{not json"), 400,
                "请求体无法读取");
        problem(http.send("PUT", "/api/plans/imports/1/corrections", "admin", demo.get("admin"),
                "{\"planIndex\":\"x\"}"), 400, "请求体无法读取");
        problem(http.get("/api/targeting/recommendations?chain=integrated-circuit", "admin", demo.get("admin")), 400,
                "缺少必填参数“segment”");
    }

    @Test
    void anUploadWithoutItsFileSaysWhichPartIsMissing() throws Exception {
        String token = Base64.getEncoder().encodeToString(("admin:" + demo.get("admin")).getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(baseUrl() + "/api/plans/imports"))
                .header("Authorization", "Basic " + token).header("Accept", "application/json")
                .header("Content-Type", "multipart/form-data; boundary=x")
                .POST(HttpRequest.BodyPublishers.ofString("--x--\r\n")).build(), HttpResponse.BodyHandlers.ofString());
        problem(r, 400, "file");
    }

    @Test
    void anOrganisationsNoteIsLimited() {
        HttpResponse<String> org = http.get("/api/org/organizations?q=" + java.net.URLEncoder.encode("济南市投资促进局",
                StandardCharsets.UTF_8), "admin", demo.get("admin"));
        JsonNode o = json.readTree(org.body()).get(0);
        String change = """
                {"id":%d,"version":%d,"name":"%s","kind":"%s","regionCode":"%s","industryCode":null,"needsReview":false,
                 "note":"%s","aliases":[]}""".formatted(o.get("id").asLong(), o.get("version").asInt(),
                o.get("name").asString(), o.get("kind").asString(), o.get("regionCode").asString(), "备".repeat(1001));
        problem(http.send("PUT", "/api/org/organizations/" + o.get("id").asLong(), "admin", demo.get("admin"), change),
                422, "备注过长（最多1000字，现为1001字）");
    }

    @Test
    void pagesShowTheErrorPageInChinese() {
        BrowserSession leader = new BrowserSession(baseUrl());
        leader.login("leader", demo.get("leader"));
        HttpResponse<String> page = leader.get("/no-such-page");
        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(page.body()).contains("请求的地址不存在").doesNotContain("No static resource");
    }
}

package cn.tenstrong.enterprise;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import cn.tenstrong.support.Http;
import cn.tenstrong.support.AfterCommit;
import cn.tenstrong.support.IntegrationTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static cn.tenstrong.enterprise.Workbooks.row;
import static cn.tenstrong.enterprise.Workbooks.uscc;
import static cn.tenstrong.enterprise.Workbooks.xlsx;
import static org.assertj.core.api.Assertions.assertThat;

/** Lucene (CJK bigrams) finds enterprises by Chinese words in scope and products, filters, and follows edits. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EnterpriseSearchTest extends IntegrationTest {

    static final String JINAN = uscc("370102", "MA3T0001");
    static final String QINGDAO = uscc("370211", "MA3T0002");
    static final String SUZHOU = uscc("320500", "MA3T0003");

    @Autowired
    JdbcClient jdbc;
    @Autowired
    JsonMapper json;
    @Autowired
    EnterpriseLibrary library;

    private Http http;
    private Map<String, String> demo;

    @BeforeAll
    void importFixture() {
        http = new Http(baseUrl());
        demo = demoPasswords();
        HttpResponse<String> r = http.upload("/api/enterprises/imports", "admin", demo.get("admin"), "search.xlsx", xlsx(List.of(
                row(JINAN, "济南澄湖测试科技有限公司", "370102", "C3985", "2000", "2015-01-01",
                        "一般项目：碳化硅衬底的研发、生产、销售；技术服务", "碳化硅衬底、氮化镓外延片", "专精特新、高新技术企业", "50000", "300"),
                row(QINGDAO, "青岛澄湖测试科技有限公司", "370211", "C3985", "300", "2019-01-01",
                        "一般项目：碳化硅衬底销售", "碳化硅衬底", "", "900", "15"),
                row(SUZHOU, "苏州澄湖测试科技有限公司", "320500", "C3985", "8000", "2012-01-01",
                        "一般项目：碳化硅衬底的研发、生产", "碳化硅衬底", "专精特新", "90000", "500"))));
        assertThat(r.statusCode()).isEqualTo(200);
    }

    @BeforeEach
    void setUp() {
        http = new Http(baseUrl());
        demo = demoPasswords();
    }

    @Test
    void chineseWordsInScopeAndProductsAreFound() {
        List<String> hits = usccs(search("q=" + enc("碳化硅衬底") + "&limit=500"));
        assertThat(hits).contains(JINAN, QINGDAO, SUZHOU);
        // words of the products only
        assertThat(usccs(search("q=" + enc("氮化镓外延片") + "&limit=500"))).contains(JINAN).doesNotContain(QINGDAO, SUZHOU);
        // the name counts too, and all words must occur
        assertThat(usccs(search("q=" + enc("澄湖 碳化硅")))).containsExactlyInAnyOrder(JINAN, QINGDAO, SUZHOU);
        assertThat(usccs(search("q=" + enc("澄湖 光刻机")))).isEmpty();
    }

    @Test
    void filtersNarrowTheHits() {
        String q = "q=" + enc("澄湖 碳化硅");
        assertThat(usccs(search(q + "&region=37"))).containsExactlyInAnyOrder(JINAN, QINGDAO);
        assertThat(usccs(search(q + "&region=370100"))).containsExactly(JINAN);
        assertThat(usccs(search(q + "&region=370211"))).containsExactly(QINGDAO);
        assertThat(usccs(search(q + "&region=32"))).containsExactly(SUZHOU);
        assertThat(usccs(search(q + "&industry=C39"))).containsExactlyInAnyOrder(JINAN, QINGDAO, SUZHOU);
        assertThat(usccs(search(q + "&industry=26"))).isEmpty();
        assertThat(usccs(search(q + "&tag=" + enc("专精特新")))).containsExactlyInAnyOrder(JINAN, SUZHOU);
        assertThat(usccs(search(q + "&tag=" + enc("专精特新") + "&tag=" + enc("高新技术企业")))).containsExactly(JINAN);
        assertThat(usccs(search(q + "&capitalMin=1000&capitalMax=5000"))).containsExactly(JINAN);
        assertThat(usccs(search(q + "&capitalMin=1000&region=37"))).containsExactly(JINAN);
        // every hit of a broad filtered query satisfies the filter
        JsonNode broad = search("q=" + enc("碳化硅") + "&region=3701&limit=500");
        broad.get("enterprises").forEach(e -> assertThat(e.get("regionCode").asString()).startsWith("3701"));
        assertThat(broad.get("total").asLong()).isGreaterThanOrEqualTo(1);
    }

    @Test
    void theIndexFollowsAnEdit() {
        JsonNode before = search("q=" + enc("澄湖") + "&region=370211");
        JsonNode e = before.get("enterprises").get(0);
        long id = e.get("id").asLong();
        String body = "{\"version\":" + e.get("version").asInt() + ",\"name\":\"青岛澄湖测试科技有限公司\",\"region\":\"370211\","
                + "\"industryCode\":\"3985\",\"registeredCapital\":300,\"businessScope\":\"一般项目：钙钛矿叠层电池组件的研发\","
                + "\"mainProducts\":\"钙钛矿组件\",\"tags\":[],\"revenue\":900,\"employees\":15}";
        HttpResponse<String> put = http.send("PUT", "/api/enterprises/" + id, "zhuanban", demo.get("zhuanban"), body);
        assertThat(put.statusCode()).as(put.body()).isEqualTo(200);

        assertThat(usccs(search("q=" + enc("澄湖 碳化硅")))).containsExactlyInAnyOrder(JINAN, SUZHOU);
        assertThat(usccs(search("q=" + enc("澄湖 钙钛矿")))).containsExactly(QINGDAO);
        // a stale version is refused and changes nothing
        HttpResponse<String> stale = http.send("PUT", "/api/enterprises/" + id, "zhuanban", demo.get("zhuanban"), body);
        assertThat(stale.statusCode()).isEqualTo(409);
        // invalid data is refused with the field named
        String bad = body.replace("\"version\":" + e.get("version").asInt(), "\"version\":" + (e.get("version").asInt() + 1))
                .replace("\"industryCode\":\"3985\"", "\"industryCode\":\"9999\"");
        HttpResponse<String> invalid = http.send("PUT", "/api/enterprises/" + id, "zhuanban", demo.get("zhuanban"), bad);
        assertThat(invalid.statusCode()).isEqualTo(422);
        assertThat(json.readTree(invalid.body()).get("detail").asString()).contains("「行业代码」");
        // the index can be rebuilt from the database and still holds one document per enterprise
        long docs = library.rebuildIndex();
        assertThat(docs).isEqualTo(jdbc.sql("select count(*) from enterprise").query(Long.class).single());
        assertThat(usccs(search("q=" + enc("澄湖 钙钛矿")))).containsExactly(QINGDAO);
    }

    @Test
    void theLibraryStartsRealAndIsIndexedOnce() {
        // a normal start loads the public listed-company data and no synthetic enterprises (the demo loader's audit
        // entry would name 模拟数据（演示）); tests that need synthetic ones import their own
        assertThat(jdbc.sql("select count(*) from enterprise where source = 'PUBLIC_DATA'").query(Long.class).single())
                .isGreaterThanOrEqualTo(5000);
        assertThat(jdbc.sql("select count(*) from audit_log where entity_type = 'enterprise.enterprise' and entity_id = '模拟数据（演示）'")
                .query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from enterprise where synthetic and name not like '%（模拟）'")
                .query(Long.class).single()).isZero();
        // plan-named enterprises without a listed company stay by name; the others are their listed company's row
        assertThat(jdbc.sql("select count(*) from enterprise where source = 'SEED_PLAN' and uscc is null")
                .query(Long.class).single()).isGreaterThan(30);
        assertThat(search("exactTotal=true").get("total").asLong())
                .isEqualTo(jdbc.sql("select count(*) from enterprise").query(Long.class).single());
    }

    @Test
    void aCommonWordIsCountedUpToTheThresholdAndExactlyWhenAsked() {
        // the tests' threshold is 3000 (test application.properties); the listed companies alone pass it
        JsonNode common = search("q=" + enc("有限公司") + "&limit=10");
        assertThat(common.get("totalExact").asBoolean()).isFalse();
        assertThat(common.get("total").asLong()).isEqualTo(3000);
        assertThat(common.get("enterprises")).hasSize(10);
        long exact = jdbc.sql("select count(*) from enterprise where name || ' ' || coalesce(business_scope, '') || ' '"
                + " || coalesce(main_products, '') like '%有限公司%'").query(Long.class).single();
        assertThat(exact).isGreaterThan(3000);
        JsonNode counted = search("q=" + enc("有限公司") + "&limit=10&exactTotal=true");
        assertThat(counted.get("totalExact").asBoolean()).isTrue();
        assertThat(counted.get("total").asLong()).isEqualTo(exact);
        assertThat(library.count(cn.tenstrong.enterprise.EnterpriseQuery.text("有限公司"))).isEqualTo(exact);
        // a narrow search is exact as it is
        JsonNode narrow = search("q=" + enc("澄湖 碳化硅"));
        assertThat(narrow.get("totalExact").asBoolean()).isTrue();
        // the fixture's (two or three: theIndexFollowsAnEdit rewrites one), all on the first page
        long few = narrow.get("enterprises").size();
        assertThat(few).isGreaterThanOrEqualTo(2);
        assertThat(narrow.get("total").asLong()).isEqualTo(few);
        // the page says "more than", as officials write numbers, and offers the next page
        cn.tenstrong.support.BrowserSession browser = new cn.tenstrong.support.BrowserSession(baseUrl());
        assertThat(browser.login("leader", demo.get("leader"))).endsWith("/");
        HttpResponse<String> page = browser.get("/enterprises?q=" + enc("有限公司"));
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(hitCount(page.body())).startsWith("超过3000家符合条件");
        assertThat(page.body()).contains("page=1");
        HttpResponse<String> fewPage = browser.get("/enterprises?q=" + enc("澄湖 碳化硅"));
        assertThat(hitCount(fewPage.body())).isEqualTo("共" + few + "家符合条件");
    }

    private static String hitCount(String html) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("id=\"hit-count\"[^>]*>([^<]*)<").matcher(html);
        assertThat(m.find()).as("hit count on the page").isTrue();
        return m.group(1);
    }

    private JsonNode search(String query) {
        AfterCommit.await(jdbc); // the index follows committed changes on another thread
        HttpResponse<String> r = http.get("/api/enterprises?" + query, "leader", demo.get("leader"));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return json.readTree(r.body());
    }

    private static List<String> usccs(JsonNode result) {
        List<String> out = new ArrayList<>();
        result.get("enterprises").forEach(e -> {
            if (!e.get("uscc").isNull()) {
                out.add(e.get("uscc").asString());
            }
        });
        return out;
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}

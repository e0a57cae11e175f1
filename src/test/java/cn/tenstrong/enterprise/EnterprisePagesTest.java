package cn.tenstrong.enterprise;

import java.net.http.HttpResponse;
import java.util.Map;

import cn.tenstrong.support.BrowserSession;
import cn.tenstrong.support.Http;
import cn.tenstrong.support.IntegrationTest;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** Every page of the module renders for a logged-in user; lists export to real Excel files. */
class EnterprisePagesTest extends IntegrationTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void pagesRender() {
        Map<String, String> demo = demoPasswords();
        BrowserSession session = new BrowserSession(baseUrl());
        assertThat(session.login("zhuanban", demo.get("zhuanban"))).endsWith("/");
        // the plan names 潍柴; the seed mapping makes it the listed 潍柴动力 (one row, stock code, no USCC in the data)
        long weichai = jdbc.sql("select id from enterprise where stock_code = '000338.SZ' and uscc is null")
                .query(Long.class).single();
        // no synthetic enterprise is loaded on start: one is imported (数据标记 模拟数据) to see how its page says so
        java.io.StringWriter csv = new java.io.StringWriter();
        try {
            GenerateEnterprisesCommand.writeCsv(SyntheticEnterpriseGenerator.withDefaults(4242), 1, csv);
        } catch (java.io.IOException ex) {
            throw new java.io.UncheckedIOException(ex);
        }
        assertThat(new cn.tenstrong.support.Http(baseUrl()).upload("/api/enterprises/imports", "admin", demo.get("admin"),
                "synthetic.csv", csv.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8)).statusCode()).isEqualTo(200);
        long synthetic = jdbc.sql("select id from enterprise where uscc = :u")
                .param("u", SyntheticEnterpriseGenerator.withDefaults(4242).enterprise(0).uscc()).query(Long.class).single();
        for (String path : new String[]{"/chains", "/chains/integrated-circuit/catalog", "/chains/integrated-circuit/map",
                "/chains/integrated-circuit/segments/photoresist/edit", "/chains/integrated-circuit/items/choke-points",
                "/chains/integrated-circuit/items/talent", "/enterprises", "/enterprises?q=%E5%85%89%E5%88%BB%E8%83%B6&region=37",
                "/enterprises/import", "/enterprises/" + weichai, "/enterprises/" + synthetic, "/enterprises/" + synthetic + "/edit",
                "/chains/automobile/segments/engine/panel"}) {
            HttpResponse<String> page = session.get(path);
            assertThat(page.statusCode()).as(path).isEqualTo(200);
        }
        for (String kind : new String[]{"leaders", "backbone", "specialised", "gaps", "targets", "projects"}) {
            assertThat(session.get("/chains/automobile/lists/" + kind).statusCode()).as(kind).isEqualTo(200);
        }
        assertThat(session.get("/enterprises/" + weichai).body()).contains("潍柴动力股份有限公司").contains("行动计划点名")
                .contains("发动机").contains("000338.SZ").contains("申万行业").contains("TSB26").contains("主营产品构成")
                .contains("营业收入（2024年度，万元）");
        assertThat(session.get("/enterprises/" + synthetic).body()).contains("模拟数据");
        assertThat(session.get("/chains/automobile/map.json").body()).contains("\"segmentCode\":\"engine\"");
        // 短板环节 lists the seed's weak link with its line and sentence; 链主 lists the basis; the declared-gap page
        // shows the edit forms to the chain's own task force only; the segment panel shows the declared gap
        assertThat(session.get("/chains/automobile/lists/gaps").body()).contains("专班认定短板")
                .contains("汽车芯片").contains("行动计划第111行");
        assertThat(session.get("/chains/automobile/lists/leaders").body()).contains("行动计划第109行")
                .contains("12个链主企业");
        assertThat(session.get("/chains/liquor/lists/leaders").body()).contains("上市公司数据").contains("青岛啤酒股份有限公司");
        assertThat(session.get("/chains/automobile/segments/auto-chip/panel").body()).contains("panel-declared")
                .contains("汽车芯片");
        String own = session.get("/chains/integrated-circuit/declared-gaps").body();
        assertThat(own).contains("大尺寸硅片").contains("行动计划第29行").contains("add-declared-gap");
        String other = session.get("/chains/automobile/declared-gaps").body();
        assertThat(other).contains("液压件").doesNotContain("add-declared-gap");
        assertThat(session.get("/chains/integrated-circuit/items/talent").body()).contains("行动计划第81行");
        // every map and list says which data it counts, and offers the other basis
        assertThat(session.get("/chains/automobile/map").body()).contains("数据基础：上市公司公开数据").contains("不含模拟数据")
                .contains("改为含模拟数据");
        assertThat(session.get("/chains/automobile/lists/gaps?synthetic=true").body()).contains("含模拟数据")
                .contains("改为不含模拟数据");
    }

    @Test
    void listsExportToExcel() throws Exception {
        Map<String, String> demo = demoPasswords();
        java.net.http.HttpClient browser = java.net.http.HttpClient.newBuilder().cookieHandler(new java.net.CookieManager())
                .build();
        String login = browser.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(baseUrl() + "/login")).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString()).body();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("name=\"_csrf\" (?:type=\"hidden\" )?value=\"([^\"]+)\"")
                .matcher(login);
        assertThat(m.find()).isTrue();
        browser.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(baseUrl() + "/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(java.net.http.HttpRequest.BodyPublishers.ofString("username=leader&password="
                                + java.net.URLEncoder.encode(demo.get("leader"), java.nio.charset.StandardCharsets.UTF_8)
                                + "&_csrf=" + java.net.URLEncoder.encode(m.group(1), java.nio.charset.StandardCharsets.UTF_8)))
                        .build(),
                java.net.http.HttpResponse.BodyHandlers.discarding());
        java.net.http.HttpResponse<byte[]> file = browser.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(
                baseUrl() + "/chains/automobile/lists/leaders.xlsx")).build(), java.net.http.HttpResponse.BodyHandlers.ofByteArray());
        assertThat(file.statusCode()).isEqualTo(200);
        try (XSSFWorkbook wb = new XSSFWorkbook(new java.io.ByteArrayInputStream(file.body()))) {
            var sheet = wb.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo("链主企业");
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("企业名称");
            java.util.List<String> names = new java.util.ArrayList<>();
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                names.add(sheet.getRow(r).getCell(0).getStringCellValue());
            }
            assertThat(names).contains("潍柴动力股份有限公司", "中国重汽集团济南卡车股份有限公司");
        }
        // the API answers the same gaps the page lists
        Http http = new Http(baseUrl());
        HttpResponse<String> gaps = http.get("/api/chain-maps/automobile/gaps", "leader", demo.get("leader"));
        assertThat(gaps.statusCode()).isEqualTo(200);
        assertThat(gaps.body()).startsWith("[");
    }
}

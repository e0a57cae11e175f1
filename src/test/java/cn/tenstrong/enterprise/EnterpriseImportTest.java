package cn.tenstrong.enterprise;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import cn.tenstrong.support.AfterCommit;
import cn.tenstrong.support.Http;
import cn.tenstrong.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static cn.tenstrong.enterprise.Workbooks.row;
import static cn.tenstrong.enterprise.Workbooks.uscc;
import static cn.tenstrong.enterprise.Workbooks.xlsx;
import static org.assertj.core.api.Assertions.assertThat;

/** Importing enterprises from real xlsx files through the API, against the real database. */
class EnterpriseImportTest extends IntegrationTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    JsonMapper json;

    private Http http;
    private Map<String, String> demo;

    @BeforeEach
    void setUp() {
        http = new Http(baseUrl());
        demo = demoPasswords();
    }

    @Test
    void oneBadUsccImportsNothingAndNamesRowAndColumn() {
        String good1 = uscc("370102", "MA3K0001");
        String good2 = uscc("320500", "MA3K0002");
        byte[] file = xlsx(List.of(
                row(good1, "济南甲测试科技有限公司", "济南市历下区", "C3985", "1000", "2019-03-01", "光刻胶的研发", "光刻胶", "专精特新", "5000", "80"),
                row("91370102MA3K00", "济南乙测试科技有限公司", "370102", "3985", "500", "2020-01-01", "", "", "", "", ""),
                row(good2, "苏州丙测试科技有限公司", "苏州市", "3985", "800", "2018-07-07", "", "", "", "", "")));

        HttpResponse<String> response = upload("bad.xlsx", file);

        assertThat(response.statusCode()).isEqualTo(422);
        String detail = json.readTree(response.body()).get("detail").asString();
        assertThat(detail).contains("第3行「统一社会信用代码」").contains("长度应为18位");
        assertThat(count("select count(*) from enterprise where uscc in ('" + good1 + "','" + good2 + "')")).isZero();
        assertThat(count("select count(*) from enterprise where name like '%测试科技有限公司' and name like '济南乙%'")).isZero();
    }

    @Test
    void everyBadCellIsReportedWithItsRowAndColumn() {
        byte[] file = xlsx(List.of(
                row(uscc("370102", "MA3K0101"), "好企业有限公司", "火星市", "C9999", "-5", "2019-02-30", "", "", "独角兽", "abc", "1.5")));

        HttpResponse<String> response = upload("cells.xlsx", file);

        assertThat(response.statusCode()).isEqualTo(422);
        String detail = json.readTree(response.body()).get("detail").asString();
        assertThat(detail).contains("第2行「所在地区」：无法识别的地区“火星市”")
                .contains("第2行「行业代码」：“C9999”不是GB/T 4754-2017国民经济行业代码")
                .contains("第2行「注册资本（万元）」")
                .contains("第2行「成立日期」：“2019-02-30”不是有效日期")
                .contains("第2行「标签」：未知标签“独角兽”")
                .contains("第2行「营业收入（万元）」")
                .contains("第2行「员工数」");
    }

    @Test
    void aGoodFileUpsertsByUscc() {
        String a = uscc("370102", "MA3K0201");
        String b = uscc("370211", "MA3K0202");
        String c = uscc("110000", "MA3K0203");
        HttpResponse<String> first = upload("good.xlsx", xlsx(List.of(
                row(a, "济南丁测试材料有限公司", "370102", "C3985", "1200", "2016-05-20", "湿电子化学品的研发、生产", "电子级硫酸", "专精特新、高新技术企业", "30000", "150"),
                row(b, "青岛戊测试材料有限公司", "青岛市黄岛区", "2661", "300", "2021/3/9", "", "", "", "800", "20"))));
        assertThat(first.statusCode()).isEqualTo(200);
        JsonNode r1 = json.readTree(first.body());
        assertThat(r1.get("created").asInt()).isEqualTo(2);
        assertThat(r1.get("updated").asInt()).isZero();

        Map<String, Object> stored = jdbc.sql("select * from enterprise where uscc = :u").param("u", a).query().singleRow();
        assertThat(stored.get("region_code")).isEqualTo("370102");
        assertThat(stored.get("region_name")).isEqualTo("山东省济南市历下区");
        assertThat(stored.get("local")).isEqualTo(true);
        assertThat(stored.get("industry_code")).isEqualTo("3985");
        assertThat(stored.get("tags")).isEqualTo("SPECIALISED|HIGH_TECH");
        assertThat(stored.get("registered_capital").toString()).isEqualTo("1200.00");
        assertThat(stored.get("founded_on").toString()).isEqualTo("2016-05-20");
        assertThat(stored.get("version")).isEqualTo(0);
        assertThat(jdbc.sql("select founded_on::text from enterprise where uscc = :u").param("u", b).query(String.class)
                .single()).isEqualTo("2021-03-09");

        HttpResponse<String> second = upload("good-again.xlsx", xlsx(List.of(
                row(a, "济南丁测试新材料股份有限公司", "370102", "C3985", "1500", "2016-05-20", "湿电子化学品的研发、生产", "电子级硫酸", "专精特新", "42000", "160"),
                row(b, "青岛戊测试材料有限公司", "青岛市黄岛区", "2661", "300", "2021-03-09", "", "", "", "800", "20"),
                row(c, "北京己测试材料有限公司", "北京市", "2661", "100", "2022-01-01", "", "", "", "", ""))));
        assertThat(second.statusCode()).isEqualTo(200);
        JsonNode r2 = json.readTree(second.body());
        assertThat(r2.get("created").asInt()).isEqualTo(1);
        assertThat(r2.get("updated").asInt()).isEqualTo(2);

        assertThat(count("select count(*) from enterprise where uscc in ('" + a + "','" + b + "','" + c + "')")).isEqualTo(3);
        Map<String, Object> updated = jdbc.sql("select * from enterprise where uscc = :u").param("u", a).query().singleRow();
        assertThat(updated.get("name")).isEqualTo("济南丁测试新材料股份有限公司");
        assertThat(updated.get("tags")).isEqualTo("SPECIALISED");
        assertThat(updated.get("revenue").toString()).isEqualTo("42000.00");
        assertThat(updated.get("version")).isEqualTo(1);
        assertThat(jdbc.sql("select local from enterprise where uscc = :u").param("u", c).query(Boolean.class).single()).isFalse();
        // audited enterprise by enterprise, before and after
        long id = ((Number) updated.get("id")).longValue();
        assertThat(count("select count(*) from audit_log where entity_type = 'enterprise.enterprise' and entity_id = '" + id
                + "' and action = 'UPDATE' and before_json like '%济南丁测试材料有限公司%'")).isEqualTo(1);
        // placed automatically on the wet-chemicals segment by its products and scope
        assertThat(jdbc.sql("select segment_code from enterprise_placement where enterprise_id = :id and method = 'AUTO'")
                .param("id", id).query(String.class).list()).contains("wet-chemicals");
    }

    /**
     * Semantics: a row whose USCC is well formed but whose check character is wrong is stored as given and flagged
     * 待核实 (needs_review) with the expected character; the rest of the file imports normally.
     */
    @Test
    void aWrongCheckDigitIsStoredAndFlaggedForReview() {
        String ok = uscc("370102", "MA3K0301");
        String wrong = Workbooks.wrongCheckDigit(uscc("370102", "MA3K0302"));
        HttpResponse<String> response = upload("flag.xlsx", xlsx(List.of(
                row(ok, "济南庚测试有限公司", "370102", "", "", "", "", "", "", "", ""),
                row(wrong, "济南辛测试有限公司", "370102", "", "", "", "", "", "", "", ""))));

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode result = json.readTree(response.body());
        assertThat(result.get("created").asInt()).isEqualTo(2);
        assertThat(result.get("flagged").size()).isEqualTo(1);
        assertThat(result.get("flagged").get(0).asString()).startsWith("第3行 济南辛测试有限公司：统一社会信用代码第18位校验码错误");
        Map<String, Object> flagged = jdbc.sql("select * from enterprise where uscc = :u").param("u", wrong).query().singleRow();
        assertThat(flagged.get("needs_review")).isEqualTo(true);
        assertThat((String) flagged.get("review_note")).contains("应为“" + uscc("370102", "MA3K0302").charAt(17) + "”");
        assertThat(jdbc.sql("select needs_review from enterprise where uscc = :u").param("u", ok).query(Boolean.class).single())
                .isFalse();
        // the review filter of the search shows it, once the index has followed the import
        AfterCommit.await(jdbc);
        HttpResponse<String> search = http.get("/api/enterprises?review=true&q=" + java.net.URLEncoder.encode("济南辛测试",
                java.nio.charset.StandardCharsets.UTF_8), "admin", demo.get("admin"));
        assertThat(json.readTree(search.body()).get("enterprises").get(0).get("uscc").asString()).isEqualTo(wrong);
    }

    @Test
    void csvImportsAndTheTemplateDownloads() throws Exception {
        String a = uscc("370600", "MA3K0401");
        String csv = String.join(",", Workbooks.HEADER) + "\n" + a + ",烟台壬测试有限公司,烟台市,C3985,100,2020年5月6日,,,,,,\n";
        HttpResponse<String> response = http.upload("/api/enterprises/imports", "city", demo.get("city"), "e.csv",
                csv.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(jdbc.sql("select founded_on::text from enterprise where uscc = :u").param("u", a).query(String.class)
                .single()).isEqualTo("2020-05-06");

        HttpResponse<String> template = http.get("/api/enterprises/template", "leader", demo.get("leader"));
        assertThat(template.statusCode()).isEqualTo(200);
        assertThat(template.headers().firstValue("Content-Type").orElse("")).contains("spreadsheetml");
        try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(
                http.getBytes("/api/enterprises/template", "leader", demo.get("leader"))))) {
            var header = wb.getSheet("企业导入").getRow(0);
            assertThat(header.getCell(0).getStringCellValue()).isEqualTo("统一社会信用代码");
            assertThat(header.getCell(1).getStringCellValue()).isEqualTo("企业名称*");
            assertThat(wb.getSheet("企业导入").getRow(1).getCell(1).getStringCellValue()).isNotBlank();
            assertThat(wb.getSheet("填写说明").getRow(0).getCell(0).getStringCellValue()).startsWith("带*的列必填");
        }
        // read-only roles cannot import
        assertThat(http.upload("/api/enterprises/imports", "leader", demo.get("leader"), "e.csv",
                csv.getBytes(java.nio.charset.StandardCharsets.UTF_8)).statusCode()).isEqualTo(403);
    }

    @Test
    void generatedSyntheticEnterprisesImportMarkedAsSynthetic() throws Exception {
        java.io.StringWriter csv = new java.io.StringWriter();
        GenerateEnterprisesCommand.writeCsv(SyntheticEnterpriseGenerator.withDefaults(77), 30, csv);
        HttpResponse<String> response = upload("generated.csv", csv.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(json.readTree(response.body()).get("rows").asInt()).isEqualTo(30);
        String first = SyntheticEnterpriseGenerator.withDefaults(77).enterprise(0).uscc();
        Map<String, Object> row = jdbc.sql("select synthetic, source, name from enterprise where uscc = :u").param("u", first)
                .query().singleRow();
        assertThat(row.get("synthetic")).isEqualTo(true);
        assertThat(row.get("source")).isEqualTo("SYNTHETIC");
        assertThat((String) row.get("name")).endsWith("（模拟）");
    }

    private HttpResponse<String> upload(String name, byte[] content) {
        return http.upload("/api/enterprises/imports", "admin", demo.get("admin"), name, content);
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }
}

package cn.tenstrong.enterprise;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import cn.tenstrong.support.AsUser;
import cn.tenstrong.support.BrowserSession;
import cn.tenstrong.support.Http;
import cn.tenstrong.support.IntegrationTest;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static cn.tenstrong.enterprise.Workbooks.uscc;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Enterprise relations: all-or-nothing import with Chinese row/column errors, upsert, audit, template, API. */
class EnterpriseRelationImportTest extends IntegrationTest {

    static final String HEADER = "供方统一社会信用代码,供方企业名称,需方统一社会信用代码,需方企业名称,关系类型,金额（万元）,来源\n";

    @Autowired
    EnterpriseRelations relations;
    @Autowired
    EnterpriseLibrary library;
    @Autowired
    UserDetailsService userDetails;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    JsonMapper json;

    private AsUser as() {
        return new AsUser(userDetails);
    }

    private long count() {
        return jdbc.sql("select count(*) from enterprise_relation").query(Long.class).single();
    }

    @Test
    void importIsAllOrNothingReportsRowAndColumnAndUpsertsByPairAndType() throws Exception {
        String a = uscc("320500", "MA4R0001");
        String b = uscc("370102", "MA4R0002");
        String c = uscc("370202", "MA4R0003");
        String enterprises = String.join(",", GenerateEnterprisesCommand.HEADER) + "\n"
                + a + ",苏州关系测试供方有限公司,320500,C3985,1000,2015-01-01,硅片,,,,,\n"
                + b + ",济南关系测试需方有限公司,370102,C3973,1000,2015-01-01,芯片,,,,,\n"
                + c + ",青岛关系测试伙伴有限公司,370202,C3973,1000,2015-01-01,芯片,,,,,\n"
                // two enterprises share a name: the name alone is ambiguous
                + uscc("110000", "MA4R0004") + ",关系测试同名有限公司,110000,,10,2015-01-01,,,,,,\n"
                + uscc("310000", "MA4R0005") + ",关系测试同名有限公司,310000,,10,2015-01-01,,,,,,\n";
        as().call("admin", () -> library.importFile(enterprises.getBytes(StandardCharsets.UTF_8), "e.csv"));
        long before = count();

        String bad = HEADER
                + a + ",,," + "济南关系测试需方有限公司,供应,1200,企业年报\n"                      // row 2: fine
                + uscc("440300", "MA4R9999") + ",,," + "济南关系测试需方有限公司,供应,,年报\n"       // row 3: unknown USCC
                + ",关系测试同名有限公司,," + "济南关系测试需方有限公司,供应,,年报\n"                // row 4: ambiguous name
                + ",不存在的关系测试公司,," + "济南关系测试需方有限公司,采购,,年报\n"               // row 5: unknown name
                + a + ",,," + "青岛关系测试伙伴有限公司,联营,,年报\n"                               // row 6: bad type
                + a + ",,," + "青岛关系测试伙伴有限公司,投资,-3,\n"                                 // row 7: amount, source
                + a + ",,," + "苏州关系测试供方有限公司,合作,,年报\n"                               // row 8: itself
                + a + ",,," + "济南关系测试需方有限公司,采购,,招标公告\n"                           // row 9: repeats row 2
                + a + ",北京错名有限公司,," + "济南关系测试需方有限公司,投资,,年报\n";               // row 10: name ≠ USCC
        EnterpriseImportException e = (EnterpriseImportException) org.assertj.core.api.Assertions.catchThrowable(
                () -> as().call("city", () -> relations.importFile(bad.getBytes(StandardCharsets.UTF_8), "bad.csv")));
        assertThat(e).isNotNull();
        assertThat(e.getMessage()).startsWith("导入文件有").contains("未导入任何数据");
        assertThat(e.errors()).extracting(ImportError::text).anySatisfy(t -> assertThat(t).startsWith("第3行「供方统一社会信用代码」").contains("企业库中没有"))
                .anySatisfy(t -> assertThat(t).startsWith("第4行「供方企业名称」").contains("请填写统一社会信用代码"))
                .anySatisfy(t -> assertThat(t).startsWith("第5行「供方企业名称」").contains("企业库中没有名为"))
                .anySatisfy(t -> assertThat(t).startsWith("第6行「关系类型」").contains("联营"))
                .anySatisfy(t -> assertThat(t).startsWith("第7行「金额（万元）」"))
                .anySatisfy(t -> assertThat(t).startsWith("第7行「来源」").contains("不能为空"))
                .anySatisfy(t -> assertThat(t).startsWith("第8行「需方企业名称」").contains("同一家企业"))
                .anySatisfy(t -> assertThat(t).startsWith("第9行「关系类型」").contains("与第2行重复"))
                .anySatisfy(t -> assertThat(t).startsWith("第10行「供方企业名称」").contains("不一致"));
        assertThat(e.errors()).noneSatisfy(x -> assertThat(x.row()).isEqualTo(2));
        assertThat(count()).isEqualTo(before);

        String good = HEADER
                + a + ",,," + "济南关系测试需方有限公司,供应,1200,企业年报2024\n"
                + ",青岛关系测试伙伴有限公司," + a + ",,投资,5000,工商登记\n"
                + b + ",,," + "青岛关系测试伙伴有限公司,合作,,调研走访\n"
                // cooperation is symmetric: the same pair the other way round is the same relation
                + uscc("110000", "MA4R0004") + ",,," + "济南关系测试需方有限公司,供货,,招标公告\n";
        RelationImportResult first = as().call("city", () -> relations.importFile(good.getBytes(StandardCharsets.UTF_8),
                "good.csv"));
        assertThat(first).isEqualTo(new RelationImportResult(4, 4, 0));
        assertThat(count()).isEqualTo(before + 4);
        String again = good.replace("1200,企业年报2024", "1500,企业年报2025")
                .replace(b + ",,," + "青岛关系测试伙伴有限公司,合作", c + ",,," + "济南关系测试需方有限公司,合作");
        RelationImportResult second = as().call("city", () -> relations.importFile(again.getBytes(StandardCharsets.UTF_8),
                "again.csv"));
        assertThat(second).isEqualTo(new RelationImportResult(4, 0, 4));
        assertThat(count()).isEqualTo(before + 4);
        long idA = library.byUscc(a).orElseThrow().id();
        long idB = library.byUscc(b).orElseThrow().id();
        List<EnterpriseRelation> ofA = relations.involving(List.of(idA));
        assertThat(ofA).hasSize(2);
        EnterpriseRelation supply = ofA.stream().filter(r -> r.kind() == RelationKind.SUPPLY).findFirst().orElseThrow();
        assertThat(supply.fromId()).isEqualTo(idA);
        assertThat(supply.toId()).isEqualTo(idB);
        assertThat(supply.toLocal()).isTrue();
        assertThat(supply.fromLocal()).isFalse();
        assertThat(supply.amount()).isEqualByComparingTo("1500");
        assertThat(supply.source()).isEqualTo("企业年报2025");
        assertThat(supply.version()).isEqualTo(1);
        assertThat(ofA).filteredOn(r -> r.kind() == RelationKind.INVESTMENT).singleElement()
                .satisfies(r -> assertThat(r.toId()).isEqualTo(idA));
        assertThat(jdbc.sql("select count(*) from audit_log where entity_type = 'enterprise.relation' and actor = 'city'")
                .query(Long.class).single()).isGreaterThanOrEqualTo(8);

        // API and pages: the leader reads, only writers import; errors come as problem details with rows
        Http http = new Http(baseUrl());
        Map<String, String> pw = demoPasswords();
        HttpResponse<String> listed = http.get("/api/enterprises/" + idA + "/relations", "leader", pw.get("leader"));
        assertThat(listed.statusCode()).isEqualTo(200);
        assertThat(json.readTree(listed.body()).size()).isEqualTo(2);
        assertThat(http.upload("/api/enterprises/relations/imports", "leader", pw.get("leader"), "r.csv",
                good.getBytes(StandardCharsets.UTF_8)).statusCode()).isEqualTo(403);
        HttpResponse<String> rejected = http.upload("/api/enterprises/relations/imports", "zhuanban",
                pw.get("zhuanban"), "r.csv", bad.getBytes(StandardCharsets.UTF_8));
        assertThat(rejected.statusCode()).isEqualTo(422);
        JsonNode errors = json.readTree(rejected.body()).get("errors");
        assertThat(errors.size()).isEqualTo(e.errors().size());
        assertThat(errors.get(0).get("row").asInt()).isEqualTo(3);
        HttpResponse<String> ok = http.upload("/api/enterprises/relations/imports", "zhuanban", pw.get("zhuanban"),
                "r.csv", again.getBytes(StandardCharsets.UTF_8));
        assertThat(ok.statusCode()).as(ok.body()).isEqualTo(200);
        assertThat(json.readTree(ok.body()).get("updated").asInt()).isEqualTo(4);

        BrowserSession page = new BrowserSession(baseUrl());
        page.login("city", pw.get("city"));
        assertThat(page.get("/enterprises/relations").body()).contains("导入企业关系").contains("relations-template");
        assertThat(page.get("/enterprises/" + idA).body()).contains("济南关系测试需方有限公司").contains("企业年报2025");
    }

    @Test
    void theTemplateIsAnXlsxThatImportsOnceItsExampleRowIsReplaced() throws Exception {
        Http http = new Http(baseUrl());
        Map<String, String> pw = demoPasswords();
        HttpResponse<String> download = http.get("/api/enterprises/relations/template", "leader", pw.get("leader"));
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).contains("spreadsheetml"));
        byte[] template = relations.importTemplate();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(template))) {
            Sheet sheet = wb.getSheetAt(0);
            Row header = sheet.getRow(0);
            assertThat(header.getCell(0).getStringCellValue()).isEqualTo("供方统一社会信用代码");
            assertThat(header.getCell(4).getStringCellValue()).isEqualTo("关系类型*");
            assertThat(wb.getSheet("填写说明")).isNotNull();
            // the example row names enterprises that do not exist: importing the template as it is fails on row 2
            assertThatThrownBy(() -> as().call("admin", () -> relations.importFile(template, "模板.xlsx")))
                    .isInstanceOf(EnterpriseImportException.class).hasMessageContaining("第2行");
            sheet.removeRow(sheet.getRow(1));
            Row r = sheet.createRow(1);
            String x = uscc("320500", "MA4T0001");
            String y = uscc("370102", "MA4T0002");
            String csv = String.join(",", GenerateEnterprisesCommand.HEADER) + "\n"
                    + x + ",苏州模板测试有限公司,320500,,10,2015-01-01,,,,,,\n"
                    + y + ",济南模板测试有限公司,370102,,10,2015-01-01,,,,,,\n";
            as().call("admin", () -> library.importFile(csv.getBytes(StandardCharsets.UTF_8), "t.csv"));
            r.createCell(0).setCellValue(x);
            r.createCell(3).setCellValue("济南模板测试有限公司");
            r.createCell(4).setCellValue("供应");
            r.createCell(5).setCellValue(300);
            r.createCell(6).setCellValue("测试");
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            wb.write(out);
            assertThat(as().call("admin", () -> relations.importFile(out.toByteArray(), "关系.xlsx")).created())
                    .isEqualTo(1);
        }
    }
}

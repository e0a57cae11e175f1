package cn.tenstrong.enterprise;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.time.LocalDate;

import cn.tenstrong.project.Project;
import cn.tenstrong.project.ProjectDrafts;
import cn.tenstrong.project.ProjectLibrary;
import cn.tenstrong.support.AsUser;
import cn.tenstrong.support.BrowserSession;
import cn.tenstrong.support.Http;
import cn.tenstrong.support.IntegrationTest;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Text a user typed that a spreadsheet would evaluate (=, +, -, @) leaves the chain list exports (the lists filled by
 * other modules, and the task force's 卡脖子技术 list) as quote-prefixed text, exactly as stored.
 */
class ExportFormulaTest extends IntegrationTest {

    private static final String LINK = "=HYPERLINK(\"http://example.invalid\",\"点击查看\")";

    @Autowired
    JdbcClient jdbc;
    @Autowired
    ProjectLibrary projects;
    @Autowired
    UserDetailsService userDetails;

    @Test
    void chainListExportsQuoteFormulaLikeText() throws Exception {
        Http http = new Http(baseUrl());
        var demo = demoPasswords();
        long enterprise = jdbc.sql("select min(id) from enterprise").query(Long.class).single();
        HttpResponse<String> target = http.send("POST", "/api/targeting/targets", "zhuanban", demo.get("zhuanban"),
                "{\"chainCode\":\"integrated-circuit\",\"enterpriseId\":" + enterprise + ",\"reason\":\"" + LINK.replace("\"", "\\\"") + "\"}");
        assertThat(target.statusCode()).as(target.body()).isEqualTo(201);
        HttpResponse<String> item = http.send("POST", "/api/chains/integrated-circuit/items/choke-points", "zhuanban",
                demo.get("zhuanban"), "{\"title\":\"@光刻胶配方\",\"detail\":\"-依赖进口，+需攻关\"}");
        assertThat(item.statusCode()).as(item.body()).isEqualTo(201);
        Project major = new AsUser(userDetails).call("admin", () -> projects.create(ProjectDrafts.named("+8英寸晶圆导出测试项目")
                .enterprise("导出测试企业").segment("integrated-circuit/silicon-wafer").major().total("500000000")
                .signed(LocalDate.of(2025, 1, 2)).build()));

        BrowserSession leader = new BrowserSession(baseUrl());
        leader.login("leader", demo.get("leader"));
        assertQuotedSomewhere(leader, "/chains/integrated-circuit/lists/targets.xlsx", LINK);
        assertQuotedSomewhere(leader, "/chains/integrated-circuit/lists/projects.xlsx", major.name());
        assertQuotedSomewhere(leader, "/chains/integrated-circuit/items/choke-points.xlsx", "@光刻胶配方");
        assertQuotedSomewhere(leader, "/chains/integrated-circuit/items/choke-points.xlsx", "-依赖进口，+需攻关");
        // the stored values are untouched
        assertThat(jdbc.sql("select count(*) from enterprise_chain_target where reason = :r").param("r", LINK)
                .query(Long.class).single()).isEqualTo(1);
    }

    private static void assertQuotedSomewhere(BrowserSession session, String path, String text) throws Exception {
        HttpResponse<byte[]> file = session.getResponse(path);
        assertThat(file.statusCode()).as(path).isEqualTo(200);
        Cell found = null;
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(file.body()))) {
            for (Sheet sheet : wb) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        assertThat(cell.getCellType()).as(path + " has no formula").isNotEqualTo(CellType.FORMULA);
                        if (cell.getCellType() == CellType.STRING && cell.getStringCellValue().equals(text)) {
                            found = cell;
                        }
                    }
                }
            }
            assertThat(found).as(path + " holds " + text).isNotNull();
            assertThat(found.getCellStyle().getQuotePrefixed()).as(path + ": " + text).isTrue();
        }
    }
}

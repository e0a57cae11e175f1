package cn.tenstrong.project;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.tenstrong.shared.DomainException;
import cn.tenstrong.support.AsUser;
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

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** KPIs on a fixture with known values (as changes to what other tests left in 2019), the Excel import, and the API. */
class ProjectKpiAndImportTest extends IntegrationTest {

    @Autowired
    ProjectLibrary library;
    @Autowired
    ProjectKpis kpis;
    @Autowired
    UserDetailsService userDetails;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    JsonMapper json;

    private AsUser as() {
        return new AsUser(userDetails);
    }

    private Project create(String user, String name, String industry, String region, Set<ProjectCategory> cats,
                           String yearPlan, LocalDate plannedStart, ProjectStage stage, LocalDate signed, LocalDate started) {
        return as().call(user, () -> library.create(ProjectDrafts.named(name).enterprise(name + "公司")
                .industry(industry).region(region).categories(cats).total("10000000000").planned(2019, yearPlan)
                .plannedStart(plannedStart).stage(stage).signedOn(signed).startedOn(started).build()));
    }

    private void report(String user, long id, String period, String completed, String cumulative, String funds) {
        as().call(user, () -> library.report(id, new MonthlyReportDraft(period, new BigDecimal(completed),
                new BigDecimal(cumulative), new BigDecimal(funds), "", "", 0)));
    }

    @Test
    void kpisOnAFixtureWithKnownValues() {
        // other tests may add projects of 2019 too: each figure is checked as the change this fixture makes to it
        // (the values in the comments are the fixture's own, as on an otherwise empty year)
        Kpis base = kpis2019();
        // Jinan, industry 01: planned to start in 2019, started in March; plan 100, completed 30+20, funds 40
        Project a = create("admin", "指标甲", "01", "370102", Set.of(ProjectCategory.MAJOR), "100", LocalDate.of(2019, 2, 1),
                ProjectStage.STARTED, LocalDate.of(2019, 1, 1), LocalDate.of(2019, 3, 15));
        // Qingdao, industry 01: planned to start in 2019, not started; plan 300, completed 25
        Project b = create("admin", "指标乙", "01", "370202", Set.of(ProjectCategory.MAJOR, ProjectCategory.OPTIMAL), "300",
                LocalDate.of(2019, 6, 1), ProjectStage.SIGNED, LocalDate.of(2019, 1, 1), null);
        // Jinan, industry 02: planned to start in 2018 (not in 2019's start rate), started; plan 100, completed 100
        Project c = create("admin", "指标丙", "02", "370102", Set.of(ProjectCategory.OPTIMAL), "100", LocalDate.of(2018, 6, 1),
                ProjectStage.STARTED, LocalDate.of(2018, 1, 1), LocalDate.of(2018, 7, 1));
        report("admin", a.id(), "2019-03", "30", "30", "30");
        report("admin", a.id(), "2019-05", "20", "50", "10");
        report("admin", b.id(), "2019-05", "25", "25", "0");
        report("admin", c.id(), "2019-02", "100", "100", "50");
        report("admin", c.id(), "2020-01", "999", "1099", "0"); // another year: not counted in 2019
        Kpis now = kpis2019();

        ProjectKpis.KpiRow total = now.total();
        ProjectKpis.KpiRow was = base.total();
        assertThat(total.plannedToStart() - was.plannedToStart()).isEqualTo(2);
        assertThat(total.started() - was.started()).isEqualTo(1);
        assertThat(total.startRate()).isEqualTo(rate(was.started() + 1, was.plannedToStart() + 2));      // 50.0
        assertThat(total.yearPlanned().subtract(was.yearPlanned())).isEqualByComparingTo("500");
        assertThat(total.completed().subtract(was.completed())).isEqualByComparingTo("175");
        assertThat(total.completionRate()).isEqualTo(rate(was.completed().add(new BigDecimal("175")),
                was.yearPlanned().add(new BigDecimal("500"))));                                            // 35.0
        assertThat(total.fundsInPlace().subtract(was.fundsInPlace())).isEqualByComparingTo("90");
        assertThat(total.fundsRate()).isEqualTo(rate(was.fundsInPlace().add(new BigDecimal("90")),
                was.completed().add(new BigDecimal("175"))));                                              // 51.4

        ProjectKpis.KpiRow jinan = now.row(ProjectKpis.Dimension.CITY, "370100");
        ProjectKpis.KpiRow jinanWas = base.row(ProjectKpis.Dimension.CITY, "370100");
        assertThat(jinan.completionRate()).isEqualTo(rate(jinanWas.completed().add(new BigDecimal("150")),
                jinanWas.yearPlanned().add(new BigDecimal("200"))));                                       // 75.0
        assertThat(jinan.label()).isEqualTo("济南市");
        ProjectKpis.KpiRow qingdao = now.row(ProjectKpis.Dimension.CITY, "370200");
        ProjectKpis.KpiRow qingdaoWas = base.row(ProjectKpis.Dimension.CITY, "370200");
        assertThat(qingdao.completionRate()).isEqualTo(rate(qingdaoWas.completed().add(new BigDecimal("25")),
                qingdaoWas.yearPlanned().add(new BigDecimal("300"))));                                     // 8.3
        assertThat(qingdao.startRate()).isEqualTo(rate(qingdaoWas.started(), qingdaoWas.plannedToStart() + 1)); // 0.0

        ProjectKpis.KpiRow i01 = now.row(ProjectKpis.Dimension.INDUSTRY, "01");
        ProjectKpis.KpiRow i01Was = base.row(ProjectKpis.Dimension.INDUSTRY, "01");
        assertThat(i01.completionRate()).isEqualTo(rate(i01Was.completed().add(new BigDecimal("75")),
                i01Was.yearPlanned().add(new BigDecimal("400"))));                                         // 18.8
        ProjectKpis.KpiRow i02Was = base.row(ProjectKpis.Dimension.INDUSTRY, "02");
        // nobody of the fixture planned to start in 2019 in industry 02 (alone: no rate at all)
        assertThat(now.row(ProjectKpis.Dimension.INDUSTRY, "02").startRate())
                .isEqualTo(rate(i02Was.started(), i02Was.plannedToStart()));

        assertThat(now.row(ProjectKpis.Dimension.CATEGORY, "MAJOR").completed()
                .subtract(base.row(ProjectKpis.Dimension.CATEGORY, "MAJOR").completed())).isEqualByComparingTo("75");
        assertThat(now.row(ProjectKpis.Dimension.CATEGORY, "OPTIMAL").completed()
                .subtract(base.row(ProjectKpis.Dimension.CATEGORY, "OPTIMAL").completed()))
                .isEqualByComparingTo("125");                                                             // b and c
        assertThat(now.row(ProjectKpis.Dimension.CATEGORY, "OPTIMAL").label()).isEqualTo("新旧动能转换优选项目");

        ProjectKpis.KpiRow feb = base.row(ProjectKpis.Dimension.MONTH, "2019-02");
        ProjectKpis.KpiRow mar = base.row(ProjectKpis.Dimension.MONTH, "2019-03");
        assertThat(now.row(ProjectKpis.Dimension.MONTH, "2019-02").startRate())
                .isEqualTo(rate(feb.started(), feb.plannedToStart() + 2));                                // 0.0
        assertThat(now.row(ProjectKpis.Dimension.MONTH, "2019-03").startRate())
                .isEqualTo(rate(mar.started() + 1, mar.plannedToStart() + 2));                            // 50.0
        assertThat(now.row(ProjectKpis.Dimension.MONTH, "2019-03").completed().subtract(mar.completed()))
                .isEqualByComparingTo("130");
        assertThat(now.row(ProjectKpis.Dimension.MONTH, "2019-12").completed()
                .subtract(base.row(ProjectKpis.Dimension.MONTH, "2019-12").completed())).isEqualByComparingTo("175");

        // the city bureau of Jinan sees only Jinan's projects in its KPIs
        assertThat(now.cityTotal().completed().subtract(base.cityTotal().completed())).isEqualByComparingTo("150");
    }

    /** The 2019 KPIs by each dimension as the administrator sees them, and the total as Jinan's city bureau sees it. */
    private record Kpis(Map<ProjectKpis.Dimension, Map<String, ProjectKpis.KpiRow>> rows, ProjectKpis.KpiRow cityTotal) {

        ProjectKpis.KpiRow total() {
            return row(ProjectKpis.Dimension.TOTAL, "total");
        }

        /** The row, or one of zeros where the year has nothing of that key yet. */
        ProjectKpis.KpiRow row(ProjectKpis.Dimension dimension, String key) {
            return rows.get(dimension).getOrDefault(key, new ProjectKpis.KpiRow(key, "", 0, 0, null, BigDecimal.ZERO,
                    BigDecimal.ZERO, null, BigDecimal.ZERO, null));
        }
    }

    private Kpis kpis2019() {
        Map<ProjectKpis.Dimension, Map<String, ProjectKpis.KpiRow>> rows = new java.util.EnumMap<>(ProjectKpis.Dimension.class);
        for (ProjectKpis.Dimension d : ProjectKpis.Dimension.values()) {
            rows.put(d, index(as().call("admin", () -> kpis.kpis(2019, d))));
        }
        return new Kpis(rows, as().call("city", () -> kpis.kpis(2019, ProjectKpis.Dimension.TOTAL)).get(0));
    }

    /** A rate as the KPIs give it: per cent with one decimal, none over nothing. */
    private static BigDecimal rate(BigDecimal part, BigDecimal whole) {
        return whole.signum() == 0 ? null
                : part.multiply(BigDecimal.valueOf(100)).divide(whole, 1, java.math.RoundingMode.HALF_UP);
    }

    private static BigDecimal rate(int part, int whole) {
        return rate(BigDecimal.valueOf(part), BigDecimal.valueOf(whole));
    }

    private static Map<String, ProjectKpis.KpiRow> index(List<ProjectKpis.KpiRow> rows) {
        Map<String, ProjectKpis.KpiRow> m = new java.util.HashMap<>();
        rows.forEach(r -> m.put(r.key(), r));
        return m;
    }

    static byte[] xlsx(List<List<String>> rows) {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet("项目");
            List<String> header = List.of("项目名称", "企业名称", "产业代码", "所在地区", "项目类别", "总投资（元）",
                    "年度计划投资（元）", "计划年度", "项目阶段", "签约日期", "开工日期");
            Row h = sheet.createRow(0);
            for (int i = 0; i < header.size(); i++) {
                h.createCell(i).setCellValue(header.get(i));
            }
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r + 1);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    String v = rows.get(r).get(c);
                    if (c == 5 && v.matches("\\d+")) {
                        row.createCell(c).setCellValue(Double.parseDouble(v));
                    } else {
                        row.createCell(c).setCellValue(v);
                    }
                }
            }
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void importIsAllOrNothingWithRowAndColumnErrors() {
        byte[] bad = xlsx(List.of(
                List.of("导入测试项目一", "导入企业", "01", "370102", "省重大项目", "800000000", "200000000", "2025", "开工",
                        "2025-01-02", "2025-02-03"),
                List.of("导入测试项目二", "导入企业", "01", "历下区不存在", "省重大项目", "abc", "", "", "", "", ""),
                List.of("导入测试项目三", "导入企业", "01", "370102", "未知类别", "100", "", "", "", "", "")));
        assertThatThrownBy(() -> as().call("city", () -> library.importFile(bad)))
                .isInstanceOf(ProjectImportException.class)
                .satisfies(e -> assertThat(((ProjectImportException) e).errors())
                        .extracting(x -> x.row() + "/" + x.column())
                        .contains("3/所在地区", "3/总投资（元）", "4/项目类别"));
        assertThat(jdbc.sql("select count(*) from project where name like '导入测试项目%'").query(Long.class).single())
                .isZero();
        // a row that fails the domain rules (another city) also refuses the whole file
        byte[] foreign = xlsx(List.of(
                List.of("导入测试项目一", "导入企业", "01", "370102", "", "100"),
                List.of("导入测试项目青岛", "导入企业", "01", "370202", "", "100")));
        assertThatThrownBy(() -> as().call("city", () -> library.importFile(foreign)))
                .isInstanceOf(ProjectImportException.class)
                .satisfies(e -> assertThat(((ProjectImportException) e).errors()).singleElement()
                        .satisfies(x -> {
                            assertThat(x.row()).isEqualTo(3);
                            assertThat(x.message()).contains("本市");
                        }));
        assertThat(jdbc.sql("select count(*) from project where name like '导入测试项目%'").query(Long.class).single())
                .isZero();

        byte[] good = xlsx(List.of(
                List.of("导入测试项目一", "导入企业", "01", "370102", "省重大项目、“双招双引”重点签约项目", "800000000",
                        "200000000", "2025", "开工", "2025-01-02", "2025-02-03"),
                List.of("导入测试项目一", "导入企业", "01", "济南市", "", "100")));
        ProjectImportResult result = as().call("city", () -> library.importFile(good));
        assertThat(result.rows()).isEqualTo(2);
        assertThat(result.flagged()).isNotEmpty();
        Project first = as().call("city", () -> library.search(new ProjectQuery(result.refs().get(0), null, null, null,
                null, null))).get(0);
        assertThat(first.categories()).containsExactlyInAnyOrder(ProjectCategory.MAJOR, ProjectCategory.ATTRACTION);
        assertThat(first.stage()).isEqualTo(ProjectStage.STARTED);
        assertThat(first.startedOn()).isEqualTo(LocalDate.of(2025, 2, 3));
        assertThat(first.totalInvestment()).isEqualByComparingTo("800000000");
        assertThat(first.possibleDuplicate()).isTrue();
    }

    @Test
    void aLargeListImportsInReasonableTime() {
        List<List<String>> rows = new java.util.ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            rows.add(List.of("批量导入项目" + i, "批量企业" + (i % 50), "03", "370102", "", "1000000"));
        }
        long start = System.nanoTime();
        ProjectImportResult result = as().call("city", () -> library.importFile(xlsx(rows)));
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertThat(result.rows()).isEqualTo(1000);
        assertThat(millis).as("1000 rows imported in %d ms", millis).isLessThan(60_000);
        System.out.println("project import: 1000 rows in " + millis + " ms");
    }

    @Test
    void theApiAnswersWithScopeAndProblemDetails() throws Exception {
        Http http = new Http(baseUrl());
        Map<String, String> pw = demoPasswords();
        String body = """
                {"name":"API测试项目","industryCode":"01","regionCode":"370102","categories":["MAJOR"],
                 "totalInvestment":1000000,"version":0}""";
        HttpResponse<String> created = http.send("POST", "/api/projects", "city", pw.get("city"), body);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        long id = json.readTree(created.body()).get("id").asLong();
        HttpResponse<String> bad = http.send("PUT", "/api/projects/" + id + "/reports/2025-01", "city", pw.get("city"),
                "{\"completed\":-1,\"cumulative\":1,\"version\":0}");
        assertThat(bad.statusCode()).isEqualTo(422);
        assertThat(bad.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).contains("problem+json"));
        assertThat(json.readTree(bad.body()).get("detail").asString()).contains("不能为负数");
        HttpResponse<String> ok = http.send("PUT", "/api/projects/" + id + "/reports/2025-01", "city", pw.get("city"),
                "{\"completed\":10,\"cumulative\":10,\"fundsInPlace\":5,\"version\":0}");
        assertThat(ok.statusCode()).as(ok.body()).isEqualTo(200);
        assertThat(http.get("/api/projects/" + id, "park", pw.get("park")).statusCode()).isEqualTo(403);
        assertThat(http.send("POST", "/api/projects", "leader", pw.get("leader"), body).statusCode()).isEqualTo(403);
        HttpResponse<String> stage = http.send("POST", "/api/projects/" + id + "/stage", "city", pw.get("city"),
                "{\"version\":0,\"stage\":\"COMPLETED\",\"on\":\"2025-02-01\"}");
        assertThat(stage.statusCode()).isEqualTo(422);
        JsonNode kpi = json.readTree(http.get("/api/projects/kpis?year=2025&by=CITY", "city", pw.get("city")).body());
        assertThat(kpi.isArray()).isTrue();
        HttpResponse<String> upload = http.upload("/api/projects/imports", "city", pw.get("city"), "x.xlsx",
                xlsx(List.of(List.of("", "", "01", "370102", "", "100"))));
        assertThat(upload.statusCode()).isEqualTo(422);
        assertThat(json.readTree(upload.body()).get("errors").get(0).get("row").asInt()).isEqualTo(2);
        assertThat(DomainException.class).isNotNull();
    }
}

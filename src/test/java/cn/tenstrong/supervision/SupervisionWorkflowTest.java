package cn.tenstrong.supervision;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import cn.tenstrong.support.BrowserSession;
import cn.tenstrong.support.Http;
import cn.tenstrong.support.IntegrationTest;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 督导 → 整改 → 销号 through the API as the demo roles: a task force records a finding on an item the agency leads,
 * the 整改 is overdue as of a day after its deadline (and not before), the agency reports, the task force returns it,
 * the agency reports again, the task force closes it (销号) and the 回头看 passes; scope, 409 and audit on the way;
 * the 整改台账 both ways (all or nothing) and the Word 督导报告 as of a date.
 */
class SupervisionWorkflowTest extends IntegrationTest {

    private static final LocalDate INSPECTED = LocalDate.of(2025, 3, 1);
    private static final LocalDate DEADLINE = LocalDate.of(2025, 3, 31);
    private static final LocalDate BEFORE_DEADLINE = LocalDate.of(2025, 3, 15);
    private static final LocalDate AFTER_DEADLINE = LocalDate.of(2025, 4, 10);

    @Autowired
    JsonMapper json;
    @Autowired
    JdbcClient jdbc;

    private Http http;
    private Map<String, String> demo;

    @BeforeEach
    void setUp() {
        http = new Http(baseUrl());
        demo = demoPasswords();
    }

    @Test
    void findingRectifiedReturnedRectifiedAndClosedWithTheOverdueEscalationAsOfADate() throws Exception {
        long inspection = openInspection("督导测试·信息技术产业季度督导");
        assertThat(call("POST", "/api/supervision/inspections", "zhuanban", """
                {"scope":"INDUSTRY","industryCode":"02","title":"越权督导","inspectedOn":"2025-03-01"}""").statusCode())
                .isEqualTo(403);
        assertThat(call("POST", "/api/supervision/inspections", "agency", """
                {"scope":"INDUSTRY","industryCode":"01","title":"越权督导","inspectedOn":"2025-03-01"}""").statusCode())
                .isEqualTo(403);

        long itemId = itemLedByAgency();
        JsonNode created = finding(inspection, itemId, "督导测试：5G基站建设进度滞后于年度计划");
        long id = created.get("id").asLong();
        assertThat(created.get("status").asString()).isEqualTo("IN_PROGRESS");
        assertThat(created.get("ownerOrganizationId").asLong()).isEqualTo(orgOf("agency"));
        assertThat(created.get("itemId").asLong()).isEqualTo(itemId);

        // overdue as of a date: not before the deadline, after it by 10 days
        assertThat(ids("/api/supervision/rectifications?overdue=true&asOf=" + BEFORE_DEADLINE, "zhuanban")).doesNotContain(id);
        assertThat(ids("/api/supervision/rectifications?overdue=true&asOf=" + AFTER_DEADLINE, "zhuanban")).contains(id);
        assertThat(ids("/api/supervision/rectifications?asOf=2025-02-01", "zhuanban")).as("not found yet").doesNotContain(id);
        // the escalation reaches the agency's scorecard (through the ledger's ScorecardFigure) with the same count
        long overdueOfAgency = json.readTree(get("/api/supervision/rectifications?overdue=true&asOf=" + AFTER_DEADLINE, "admin")
                .body()).valueStream().filter(r -> r.get("ownerOrganizationId").asLong() == orgOf("agency")).count();
        assertThat(overdueOfAgency).isPositive();
        assertThat(scorecardFigure(AFTER_DEADLINE)).isEqualTo(overdueOfAgency);
        assertThat(scorecardFigure(LocalDate.of(1999, 1, 1))).isZero();
        // … and its 我的待办 (today the deadline has long passed)
        assertThat(todos("agency")).anySatisfy(t -> {
            assertThat(t.get("kind").asString()).isEqualTo("OVERDUE");
            assertThat(t.get("link").asString()).isEqualTo("/supervision/rectifications/" + id);
        });

        // scope: the agency sees its own, a city bureau and a park do not, the leader reads all
        assertThat(get("/api/supervision/rectifications/" + id, "agency").statusCode()).isEqualTo(200);
        assertThat(get("/api/supervision/rectifications/" + id, "city").statusCode()).isEqualTo(403);
        assertThat(get("/api/supervision/inspections/" + inspection, "park").statusCode()).isEqualTo(403);
        assertThat(ids("/api/supervision/rectifications", "park")).doesNotContain(id);
        assertThat(get("/api/supervision/rectifications/" + id, "leader").statusCode()).isEqualTo(200);

        // report → returned → report → 销号
        assertThat(call("POST", "/api/supervision/rectifications/" + id + "/reports", "city",
                "{\"version\":0,\"text\":\"越权\"}").statusCode()).isEqualTo(403);
        JsonNode reported = act(id, "reports", "agency", """
                {"version":0,"text":"已新开通5G基站1.2万个","links":[{"name":"通报","url":"https://example.gov.cn/5g"}]}""", 200);
        assertThat(reported.get("status").asString()).isEqualTo("SUBMITTED");
        assertThat(reported.at("/reports/0/evidence/0/url").asString()).isEqualTo("https://example.gov.cn/5g");
        assertThat(call("POST", "/api/supervision/rectifications/" + id + "/reports", "agency",
                "{\"version\":0,\"text\":\"重复报送\"}").statusCode()).as("stale version").isIn(409, 422);
        assertThat(todos("zhuanban")).anySatisfy(t -> {
            assertThat(t.get("kind").asString()).isEqualTo("TO_VERIFY");
            assertThat(t.get("link").asString()).endsWith("/" + id);
        });
        int v = reported.get("version").asInt();
        act(id, "return", "zhuanban", "{\"version\":" + v + ",\"comment\":\"\"}", 422);
        act(id, "return", "agency", "{\"version\":" + v + ",\"comment\":\"越权\"}", 403);
        assertThat(call("POST", "/api/supervision/rectifications/" + id + "/return", "zhuanban",
                "{\"version\":" + (v - 1) + ",\"comment\":\"过期版本\"}").statusCode()).isEqualTo(409);
        JsonNode returned = act(id, "return", "zhuanban", "{\"version\":" + v + ",\"comment\":\"请补充基站开通清单\"}", 200);
        assertThat(returned.get("status").asString()).isEqualTo("RETURNED");
        JsonNode again = act(id, "reports", "agency", "{\"version\":" + returned.get("version").asInt()
                + ",\"text\":\"已补充基站开通清单，累计开通16.2万个\"}", 200);
        assertThat(again.get("reports").size()).isEqualTo(2);
        String today = jdbc.sql("select max(on_date)::text from supervision_history where rectification_id = :id")
                .param("id", id).query(String.class).single();
        act(id, "close", "zhuanban", "{\"version\":" + again.get("version").asInt() + ",\"recheckOn\":\"" + today + "\"}", 422);
        String recheck = LocalDate.parse(today).plusMonths(3).toString();
        JsonNode closed = act(id, "close", "zhuanban", "{\"version\":" + again.get("version").asInt()
                + ",\"comment\":\"符合验收标准\",\"recheckOn\":\"" + recheck + "\"}", 200);
        assertThat(closed.get("status").asString()).isEqualTo("CLOSED");
        assertThat(closed.get("closedOn").asString()).isEqualTo(today);
        assertThat(closed.get("recheckOn").asString()).isEqualTo(recheck);
        assertThat(closed.get("history").valueStream().map(h -> h.get("to").asString()).toList())
                .containsExactly("IN_PROGRESS", "SUBMITTED", "RETURNED", "SUBMITTED", "CLOSED");

        // the history keeps the escalation of the past; today it is closed and off the to-dos
        assertThat(ids("/api/supervision/rectifications?overdue=true&asOf=" + AFTER_DEADLINE, "zhuanban")).contains(id);
        assertThat(ids("/api/supervision/rectifications?overdue=true&asOf=" + today, "zhuanban")).doesNotContain(id);
        assertThat(ids("/api/supervision/rectifications?status=CLOSED&asOf=" + today, "agency")).contains(id);
        assertThat(todos("agency")).noneSatisfy(t -> assertThat(t.get("link").asString()).endsWith("/" + id));

        // 回头看 when due; it passes
        JsonNode confirmed = act(id, "recheck", "zhuanban", "{\"version\":" + closed.get("version").asInt()
                + ",\"passed\":true,\"comment\":\"整改成效巩固\"}", 200);
        assertThat(confirmed.get("status").asString()).isEqualTo("CONFIRMED");

        assertThat(jdbc.sql("""
                select action from audit_log where entity_type = 'supervision.rectification' and entity_id = :id order by id
                """).param("id", Long.toString(id)).query(String.class).list())
                .containsExactly("CREATE", "RECTIFY_REPORT", "RETURNED", "RECTIFY_REPORT", "RECTIFY_CLOSE", "RECHECK_PASS");

        // the Word 督导报告 as of a date after the deadline: the finding, its owner, overdue
        BrowserSession leader = new BrowserSession(baseUrl());
        leader.login("leader", demo.get("leader"));
        String report = word(leader.getBytes("/supervision/inspections/" + inspection + "/report.docx?asOf=" + AFTER_DEADLINE));
        assertThat(report).contains("督导测试·信息技术产业季度督导督导报告").contains("评估日期：" + AFTER_DEADLINE)
                .contains("督导测试：5G基站建设进度滞后于年度计划").contains("省工业和信息化厅").contains("逾期10天")
                .contains("逾期未整改1个");
        // red in the cockpit and on the scorecards page as of that day, not before the deadline
        assertThat(red(leader.get("/cockpit?asOf=" + AFTER_DEADLINE).body(), "supervision-overdue-01")).isTrue();
        String figure = "figure-overdueRectifications-" + orgOf("agency");
        assertThat(red(leader.get("/ledger/scorecards?asOf=" + AFTER_DEADLINE).body(), figure)).isTrue();
        assertThat(red(leader.get("/ledger/scorecards?asOf=1999-01-01").body(), figure)).isFalse();
        String now = word(leader.getBytes("/supervision/inspections/" + inspection + "/report.docx?asOf=" + today));
        assertThat(now).contains("回头看通过1个").contains("请补充基站开通清单").contains("无逾期未整改的问题");
    }

    @Test
    void theRectificationLedgerImportsAllOrNothingWithRowErrorsInChinese() throws Exception {
        long inspection = openInspection("督导测试·整改台账导入");
        long itemId = itemLedByAgency();
        long mine = finding(inspection, itemId, "督导测试：导入行一").get("id").asLong();
        long other = finding(inspection, itemId, "督导测试：导入行二").get("id").asLong();

        BrowserSession agency = new BrowserSession(baseUrl());
        agency.login("agency", demo.get("agency"));
        byte[] exported = agency.getBytes("/supervision/rectifications.xlsx");
        // one good row and one the agency may not fill (a verdict is the task force's)
        byte[] bad = fill(exported, Map.of(mine, Map.of("本次整改进展", "已完成整改方案")),
                Map.of(other, Map.of("核验结果", "销号")));
        HttpResponse<String> refused = http.upload("/api/supervision/rectifications/import", "agency", demo.get("agency"),
                "整改台账.xlsx", bad);
        assertThat(refused.statusCode()).isEqualTo(422);
        JsonNode problem = json.readTree(refused.body());
        assertThat(problem.get("detail").asString()).contains("未导入任何整改进展");
        assertThat(problem.get("errors").valueStream().map(e -> e.get("column").asString() + "：" + e.get("message").asString()))
                .anySatisfy(e -> assertThat(e).isEqualTo("核验结果：只有本产业的产业专班或管理员可以核验销号"));
        assertThat(status(mine)).as("nothing applied").isEqualTo("IN_PROGRESS");

        byte[] good = fill(exported, Map.of(mine, Map.of("本次整改进展", "已完成整改方案")), Map.of());
        HttpResponse<String> applied = http.upload("/api/supervision/rectifications/import", "agency", demo.get("agency"),
                "整改台账.xlsx", good);
        assertThat(applied.statusCode()).as(applied.body()).isEqualTo(200);
        assertThat(json.readTree(applied.body()).get("reported").asInt()).isEqualTo(1);
        assertThat(status(mine)).isEqualTo("SUBMITTED");
        // the same file again: the row's version is stale now
        HttpResponse<String> stale = http.upload("/api/supervision/rectifications/import", "agency", demo.get("agency"),
                "整改台账.xlsx", good);
        assertThat(stale.statusCode()).isEqualTo(422);
        assertThat(stale.body()).contains("导出后已被修改");

        // the task force closes it from its own export
        BrowserSession zhuanban = new BrowserSession(baseUrl());
        zhuanban.login("zhuanban", demo.get("zhuanban"));
        byte[] ofTaskForce = zhuanban.getBytes("/supervision/rectifications.xlsx");
        assertThat(rowOf(ofTaskForce, mine)).containsEntry("整改状态", "待核验").containsEntry("整改责任单位", "省工业和信息化厅");
        byte[] verdict = fill(ofTaskForce, Map.of(), Map.of(mine, Map.of("核验结果", "销号", "安排回头看日期", "2099-06-30")));
        HttpResponse<String> closedByFile = http.upload("/api/supervision/rectifications/import", "zhuanban",
                demo.get("zhuanban"), "整改台账.xlsx", verdict);
        assertThat(closedByFile.statusCode()).as(closedByFile.body()).isEqualTo(200);
        assertThat(status(mine)).isEqualTo("CLOSED");
        assertThat(status(other)).isEqualTo("IN_PROGRESS");
        // as of a day after the deadline the other row is overdue in the workbook (red 逾期天数)
        Map<String, String> overdueRow = rowOf(zhuanban.getBytes("/supervision/rectifications.xlsx?asOf=" + AFTER_DEADLINE), other);
        assertThat(overdueRow).containsEntry("整改状态", "整改中").containsEntry("逾期天数", "10");
    }

    // ------------------------------------------------------------------ helpers

    private long openInspection(String title) {
        HttpResponse<String> r = call("POST", "/api/supervision/inspections", "zhuanban", """
                {"scope":"INDUSTRY","industryCode":"01","title":"%s","inspectedOn":"%s","basis":"行动计划第21条：定期督导评估"}
                """.formatted(title, INSPECTED));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        return json.readTree(r.body()).get("id").asLong();
    }

    private JsonNode finding(long inspection, long itemId, String description) {
        HttpResponse<String> r = call("POST", "/api/supervision/inspections/" + inspection + "/findings", "zhuanban", """
                {"itemId":%d,"severity":"SERIOUS","description":"%s","deadline":"%s",
                 "acceptanceCriteria":"提交基站开通清单及通信管理局确认函"}""".formatted(itemId, description, DEADLINE));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        return json.readTree(r.body());
    }

    /** The first goal of the 新一代信息技术 plan led by 省工业和信息化厅 (the demo agency) alone. */
    private long itemLedByAgency() {
        JsonNode rows = json.readTree(get("/api/ledger/rows?industry=01", "leader").body());
        return rows.valueStream().filter(r -> r.at("/item/kind").asString().equals("GOAL")
                        && r.at("/item/lead").size() == 1
                        && r.at("/item/lead/0/name").asString().equals("省工业和信息化厅"))
                .findFirst().orElseThrow().at("/item/id").asLong();
    }

    private long scorecardFigure(LocalDate asOf) {
        return json.readTree(get("/api/ledger/scorecards?asOf=" + asOf, "leader").body()).valueStream()
                .filter(c -> c.get("key").asString().equals(Long.toString(orgOf("agency")))).findFirst()
                .map(c -> c.at("/figures/overdueRectifications").asLong()).orElse(0L);
    }

    private JsonNode act(long id, String action, String user, String body, int expect) {
        HttpResponse<String> r = call("POST", "/api/supervision/rectifications/" + id + "/" + action, user, body);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(expect);
        if (expect >= 400) {
            assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        }
        return expect == 200 ? json.readTree(r.body()) : null;
    }

    private String status(long id) {
        return json.readTree(get("/api/supervision/rectifications/" + id, "admin").body()).get("status").asString();
    }

    private List<Long> ids(String path, String user) {
        HttpResponse<String> r = get(path, user);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return json.readTree(r.body()).valueStream().map(n -> n.get("id").asLong()).toList();
    }

    private List<JsonNode> todos(String user) {
        return json.readTree(get("/api/supervision/todos", user).body()).valueStream().toList();
    }

    private HttpResponse<String> get(String path, String user) {
        return http.get(path, user, demo.get(user));
    }

    private HttpResponse<String> call(String method, String path, String user, String body) {
        return http.send(method, path, user, demo.get(user), body);
    }

    private long orgOf(String username) {
        return jdbc.sql("select organization_id from access_user where username = :u").param("u", username)
                .query(Long.class).single();
    }

    /** Whether the element with the id is marked red (class alarm). */
    private static boolean red(String html, String id) {
        return java.util.regex.Pattern.compile("id=\"" + java.util.regex.Pattern.quote(id) + "\"[^>]*class=\"alarm\"")
                .matcher(html).find();
    }

    private static String word(byte[] docx) throws Exception {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx));
             XWPFWordExtractor text = new XWPFWordExtractor(doc)) {
            return text.getText();
        }
    }

    /** Fills the columns named (by the header's text before its note) of the rows of the 整改 given. */
    @SafeVarargs
    private static byte[] fill(byte[] xlsx, Map<Long, Map<String, String>>... edits) throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx)); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.getSheetAt(0);
            Map<String, Integer> columns = columns(sheet.getRow(1));
            for (Map<Long, Map<String, String>> edit : edits) {
                edit.forEach((id, cells) -> {
                    Row row = row(sheet, columns, id);
                    cells.forEach((column, value) -> row.createCell(columns.get(column)).setCellValue(value));
                });
            }
            wb.write(out);
            return out.toByteArray();
        }
    }

    private static Map<String, String> rowOf(byte[] xlsx, long id) throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = wb.getSheetAt(0);
            Map<String, Integer> columns = columns(sheet.getRow(1));
            Row row = row(sheet, columns, id);
            Map<String, String> values = new java.util.LinkedHashMap<>();
            org.apache.poi.ss.usermodel.DataFormatter fmt = new org.apache.poi.ss.usermodel.DataFormatter();
            columns.forEach((name, c) -> values.put(name, fmt.formatCellValue(row.getCell(c))));
            return values;
        }
    }

    private static Map<String, Integer> columns(Row header) {
        Map<String, Integer> columns = new java.util.LinkedHashMap<>();
        for (Cell c : header) {
            String name = c.getStringCellValue();
            int note = name.indexOf('（');
            columns.put(note > 0 ? name.substring(0, note) : name, c.getColumnIndex());
        }
        return columns;
    }

    private static Row row(Sheet sheet, Map<String, Integer> columns, long id) {
        for (int r = 2; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            if (row != null && row.getCell(columns.get("整改编号")).getNumericCellValue() == id) {
                return row;
            }
        }
        throw new AssertionError("整改 " + id + " 不在导出的整改台账中");
    }
}

package cn.tenstrong.ledger;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.tenstrong.plan.PlanCatalog;
import cn.tenstrong.shared.AsOf;
import cn.tenstrong.support.BrowserSession;
import cn.tenstrong.support.Http;
import cn.tenstrong.support.IntegrationTest;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One 评估日期, one picture: for three dates the counts by status agree across the ledger's rows (API and page), the
 * status-count API, the 驾驶舱 (page and chart data), the 评分卡, the Excel 台账 and the Word 调度报告 — read from the real
 * files the platform serves.
 */
class OneAsOfTest extends IntegrationTest {

    private static final String[] LABELS = {"已完成", "正常推进", "未报送", "滞后", "严重滞后", "逾期"};

    @Autowired
    JsonMapper json;
    @Autowired
    Ledger ledger;
    @Autowired
    ProgressRounds rounds;
    @Autowired
    PlanCatalog plans;

    @Test
    void everyPageExportAndReportCountsTheSameOnTheSameDate() throws Exception {
        Http http = new Http(baseUrl());
        String password = demoPasswords().get("leader");
        BrowserSession leader = new BrowserSession(baseUrl());
        leader.login("leader", password);
        long demoRound = rounds.rounds().stream().filter(RoundView::demo).findFirst().orElseThrow().id();

        Map<LocalDate, Map<ProgressStatus, Integer>> seen = new java.util.LinkedHashMap<>();
        for (LocalDate day : new LocalDate[] {LocalDate.of(2022, 5, 31), LocalDate.of(2022, 9, 30), LocalDate.of(2023, 3, 1)}) {
            String q = "asOf=" + day;
            Map<ProgressStatus, Integer> rows = new EnumMap<>(ProgressStatus.class);
            for (ProgressStatus s : ProgressStatus.values()) {
                rows.put(s, 0);
            }
            json.readTree(http.get("/api/ledger/rows?" + q, "leader", password).body()).valueStream()
                    .forEach(r -> rows.merge(ProgressStatus.valueOf(r.get("status").asString()), 1, Integer::sum));
            seen.put(day, rows);

            JsonNode api = json.readTree(http.get("/api/ledger/status-counts?" + q, "leader", password).body());
            assertThat(api.at("/asOf/date").asString()).isEqualTo(day.toString());
            Map<ProgressStatus, Integer> apiCounts = new EnumMap<>(ProgressStatus.class);
            api.get("byStatus").properties().forEach(e -> apiCounts.put(ProgressStatus.valueOf(e.getKey()), e.getValue().asInt()));
            assertThat(apiCounts).as("status-count API on %s", day).isEqualTo(rows);

            String ledgerPage = leader.get("/ledger?" + q).body();
            assertThat(ledgerPage).contains("value=\"" + day + "\"");
            assertThat(chips(ledgerPage)).as("ledger page on %s", day).isEqualTo(rows);

            String dashboard = leader.get("/ledger/dashboard?" + q).body();
            assertThat(dashboard).contains("value=\"" + day + "\"");
            Map<ProgressStatus, Integer> cards = new EnumMap<>(ProgressStatus.class);
            Matcher m = Pattern.compile("id=\"total-([A-Z_]+)\"[^>]*>(\\d+)<").matcher(dashboard);
            while (m.find()) {
                cards.put(ProgressStatus.valueOf(m.group(1)), Integer.parseInt(m.group(2)));
            }
            assertThat(cards).as("dashboard cards on %s", day).isEqualTo(rows);

            JsonNode data = json.readTree(leader.get("/ledger/dashboard/data?" + q).body());
            assertThat(data.get("asOf").asString()).isEqualTo(day.toString());
            Map<ProgressStatus, Integer> chart = zero();
            data.get("industries").valueStream().forEach(i -> i.get("byStatus").properties()
                    .forEach(e -> chart.merge(ProgressStatus.valueOf(e.getKey()), e.getValue().asInt(), Integer::sum)));
            assertThat(chart).as("dashboard chart on %s", day).isEqualTo(rows);

            String scorecards = leader.get("/ledger/scorecards?" + q).body();
            assertThat(scorecards).contains("value=\"" + day + "\"");
            Map<ProgressStatus, Integer> industries = zero();
            Matcher seg = Pattern.compile("data-status=\"([A-Z_]+)\" data-count=\"(\\d+)\"").matcher(scorecards);
            while (seg.find()) {
                industries.merge(ProgressStatus.valueOf(seg.group(1)), Integer.parseInt(seg.group(2)), Integer::sum);
            }
            assertThat(industries).as("industry scorecards on %s", day).isEqualTo(rows);

            assertThat(excel(leader.getBytes("/ledger/export.xlsx?" + q), day)).as("Excel ledger on %s", day).isEqualTo(rows);
            assertThat(word(leader.getBytes("/ledger/rounds/" + demoRound + "/report.docx?" + q), day))
                    .as("Word report on %s", day).isEqualTo(rows);
        }
        // the three dates tell different stories (a year later, unfinished items are overdue)
        assertThat(seen.get(LocalDate.of(2023, 3, 1)).get(ProgressStatus.OVERDUE))
                .isGreaterThan(seen.get(LocalDate.of(2022, 9, 30)).get(ProgressStatus.OVERDUE));
        assertThat(seen.get(LocalDate.of(2022, 5, 31))).isNotEqualTo(seen.get(LocalDate.of(2022, 9, 30)));
    }

    @Test
    void aPlanWhoseYearIsOverIsJudgedAsOfItsYearsEndByDefault() {
        var years = plans.activePlans().stream().map(p -> p.year()).distinct().toList();
        AsOf byDefault = ledger.asOf(null);
        if (years.size() == 1 && years.get(0) < LocalDate.now().getYear()) {
            LocalDate yearEnd = LocalDate.of(years.get(0), 12, 31);
            assertThat(byDefault).isEqualTo(AsOf.on(yearEnd));
            assertThat(ledger.statusCounts(null, null, byDefault))
                    .isEqualTo(ledger.statusCounts(null, null, AsOf.on(yearEnd)));
            // viewed as of today instead, what was not finished is overdue: the default is history, not that
            AsOf today = AsOf.on(LocalDate.now());
            assertThat(ledger.statusCounts(null, null, today).get(ProgressStatus.OVERDUE))
                    .isGreaterThan(ledger.statusCounts(null, null, byDefault).get(ProgressStatus.OVERDUE));
        }
        // whatever the plans, each is judged no later than its year's end by default
        assertThat(AsOf.byDefault(LocalDate.of(2026, 12, 2)).forPlanYear(2022)).isEqualTo(LocalDate.of(2022, 12, 31));
        assertThat(AsOf.byDefault(LocalDate.of(2026, 12, 2)).forPlanYear(2026)).isEqualTo(LocalDate.of(2026, 12, 2));
        assertThat(AsOf.on(LocalDate.of(2026, 12, 2)).forPlanYear(2022)).isEqualTo(LocalDate.of(2026, 12, 2));
    }

    private static Map<ProgressStatus, Integer> zero() {
        Map<ProgressStatus, Integer> m = new EnumMap<>(ProgressStatus.class);
        for (ProgressStatus s : ProgressStatus.values()) {
            m.put(s, 0);
        }
        return m;
    }

    private static Map<ProgressStatus, Integer> chips(String page) {
        Map<ProgressStatus, Integer> m = zero();
        Matcher chip = Pattern.compile("class=\"status-chip s-([A-Z_]+)\"[^>]*>[^<\\d]+ (\\d+)</a>").matcher(page);
        while (chip.find()) {
            m.put(ProgressStatus.valueOf(chip.group(1)), Integer.parseInt(chip.group(2)));
        }
        return m;
    }

    private static Map<ProgressStatus, Integer> excel(byte[] xlsx, LocalDate day) throws Exception {
        Map<ProgressStatus, Integer> m = zero();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            for (Sheet sheet : wb) {
                assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).contains("评估日期：" + day);
                int col = -1;
                for (Cell c : sheet.getRow(1)) {
                    if (c.getStringCellValue().equals("完成状态")) {
                        col = c.getColumnIndex();
                    }
                }
                assertThat(col).isNotNegative();
                for (Row row : sheet) {
                    if (row.getRowNum() >= 2) {
                        m.merge(status(row.getCell(col).getStringCellValue()), 1, Integer::sum);
                    }
                }
            }
        }
        return m;
    }

    private static Map<ProgressStatus, Integer> word(byte[] docx, LocalDate day) throws Exception {
        Map<ProgressStatus, Integer> m = zero();
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx));
             XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
            String text = extractor.getText();
            assertThat(text).contains("评估日期：" + day);
            for (int i = 0; i < LABELS.length; i++) {
                Matcher n = Pattern.compile("[其中，]" + LABELS[i] + "(\\d+)项").matcher(text);
                assertThat(n.find()).as(LABELS[i]).isTrue();
                m.put(ProgressStatus.values()[i], Integer.parseInt(n.group(1)));
            }
        }
        return m;
    }

    private static ProgressStatus status(String label) {
        for (int i = 0; i < LABELS.length; i++) {
            if (LABELS[i].equals(label)) {
                return ProgressStatus.values()[i];
            }
        }
        throw new AssertionError("not a status: " + label);
    }
}

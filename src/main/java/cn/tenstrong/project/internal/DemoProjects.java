package cn.tenstrong.project.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.tenstrong.access.CurrentUser;
import cn.tenstrong.access.DataScope;
import cn.tenstrong.access.Role;
import cn.tenstrong.project.MonthlyReportDraft;
import cn.tenstrong.project.ProjectImportResult;
import cn.tenstrong.project.ProjectStage;
import cn.tenstrong.project.persistence.ProjectRows;
import cn.tenstrong.shared.CsvData;
import cn.tenstrong.shared.DemoProperties;
import cn.tenstrong.shared.SpreadsheetCells;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A demo installation's project list, so that the project library, the KPIs and their city map are not empty: about
 * a hundred projects over the 16 cities (every name carries （演示）, every description says 演示数据), imported
 * through the ordinary project import (so the file is validated like a user's), marked {@code demo}, loaded once,
 * with their monthly reports.
 *
 * <p>The data file is written for {@link #DATA_YEAR}; on load every date moves to the current year — or to the year of
 * the 演示时点 ({@code platform.demo.as-of}) — (a leap day becomes 28 February), and what would lie after today (the
 * 演示时点) is left out: stage dates after today (the project stays at
 * its last stage reached) and reports of later months, so a demo started early in a year has fewer months.
 */
@Component
@Order(60)
class DemoProjects implements ApplicationRunner {

    static final String PROJECTS = "project/demo/demo-projects.csv";
    static final String REPORTS = "project/demo/demo-project-reports.csv";
    /** The year the demo files are written for. */
    static final int DATA_YEAR = 2026;
    /** The demo loader acts as the system, with an administrator's rights over projects. */
    static final CurrentUser SYSTEM = new CurrentUser(0, "system", "系统（演示数据）", 0, "", "", null, null, null,
            DataScope.ALL, Set.of(Role.SYS_ADMIN), Set.of("project:project:read", "project:project:write"));
    private static final String[] STAGE_DATES = {"签约日期", "开工日期", "在建日期", "竣工投产日期"};
    private static final Logger log = LoggerFactory.getLogger(DemoProjects.class);

    private final ProjectImport imports;
    private final MonthlyReports reports;
    private final ProjectRows rows;
    private final DemoProperties demo;
    private final Clock clock;

    private final cn.tenstrong.shared.Present present;

    DemoProjects(ProjectImport imports, MonthlyReports reports, ProjectRows rows, DemoProperties demo, Clock clock,
                 cn.tenstrong.shared.Present present) {
        this.present = present;
        this.imports = imports;
        this.reports = reports;
        this.rows = rows;
        this.demo = demo;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (demo.enabled() && demo.projects()) {
            loadOnce();
        }
    }

    /** Loads the demo projects unless they were loaded before; returns how many were loaded now. */
    @Transactional
    int loadOnce() {
        if (rows.anyDemo()) {
            return 0;
        }
        long start = System.nanoTime();
        // a demo run as of a 演示时点 moves the data to that day's year and stops there
        LocalDate today = present.today();
        int shift = today.getYear() - DATA_YEAR;
        List<Map<String, String>> lines = new ArrayList<>();
        Map<String, ProjectStage> stages = new HashMap<>();
        for (Map<String, String> line : CsvData.readClasspath(PROJECTS)) {
            Map<String, String> l = new LinkedHashMap<>(line);
            for (String column : List.of("计划开工日期", "签约日期", "开工日期", "在建日期", "竣工投产日期")) {
                l.put(column, shift(l.get(column), shift));
            }
            if (!l.get("计划年度").isBlank()) {
                l.put("计划年度", Integer.toString(Integer.parseInt(l.get("计划年度")) + shift));
            }
            // the stage reached by today
            ProjectStage stage = ProjectStage.parse(l.get("项目阶段")).orElseThrow();
            for (ProjectStage s : ProjectStage.values()) {
                String date = l.get(STAGE_DATES[s.ordinal()]);
                if (s.ordinal() > 0 && stage.atLeast(s) && !date.isBlank() && LocalDate.parse(date).isAfter(today)) {
                    stage = ProjectStage.values()[s.ordinal() - 1];
                }
            }
            for (ProjectStage s : ProjectStage.values()) {
                if (!stage.atLeast(s) || s == ProjectStage.SIGNED && !l.get("签约日期").isBlank()
                        && LocalDate.parse(l.get("签约日期")).isAfter(today)) {
                    l.put(STAGE_DATES[s.ordinal()], "");
                }
            }
            l.put("项目阶段", stage.label());
            stages.put(l.get("项目名称"), stage);
            lines.add(l);
        }
        ProjectImportResult imported = imports.importFile(workbook(lines), SYSTEM);
        rows.markDemo(imported.refs());
        Map<String, Long> byRef = new HashMap<>();
        rows.all().forEach(r -> byRef.put(r.ref(), r.id()));
        Map<String, Long> ids = new HashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            ids.put(lines.get(i).get("项目名称"), byRef.get(imported.refs().get(i)));
        }
        YearMonth thisMonth = YearMonth.from(today);
        int reports = 0;
        List<Map<String, String>> reportLines = new ArrayList<>(CsvData.readClasspath(REPORTS));
        reportLines.sort(Comparator.comparing((Map<String, String> r) -> r.get("项目名称")).thenComparing(r -> r.get("月份")));
        for (Map<String, String> r : reportLines) {
            String name = r.get("项目名称");
            Long id = ids.get(name);
            if (id == null) {
                throw new IllegalStateException("演示月报的项目不在演示项目清单中：" + name);
            }
            YearMonth month = YearMonth.parse(r.get("月份")).plusYears(shift);
            if (month.isAfter(thisMonth) || stages.get(name) == ProjectStage.SIGNED) {
                continue;
            }
            this.reports.report(id, new MonthlyReportDraft(month.toString(), new BigDecimal(r.get("本期完成投资（元）")),
                    new BigDecimal(r.get("累计完成投资（元）")), new BigDecimal(r.get("到位资金（元）")), r.get("存在问题"),
                    r.get("需协调解决单位"), 0), SYSTEM);
            reports++;
        }
        log.info("Demo: {} projects (marked 演示) and {} monthly reports loaded in {} ms", imported.rows(), reports,
                (System.nanoTime() - start) / 1_000_000);
        return imported.rows();
    }

    private static String shift(String date, int years) {
        if (date == null || date.isBlank()) {
            return "";
        }
        return LocalDate.parse(date).plusYears(years).toString();
    }

    /** The lines as an import workbook (text cells, the import's own columns). */
    private static byte[] workbook(List<Map<String, String>> lines) {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            SpreadsheetCells cells = SpreadsheetCells.of(wb);
            Sheet sheet = wb.createSheet("项目");
            Row head = sheet.createRow(0);
            List<String> columns = ProjectWorkbook.COLUMNS;
            for (int c = 0; c < columns.size(); c++) {
                cells.text(head, c, columns.get(c));
            }
            for (int i = 0; i < lines.size(); i++) {
                Row row = sheet.createRow(i + 1);
                for (int c = 0; c < columns.size(); c++) {
                    String v = lines.get(i).get(columns.get(c));
                    if (v == null) {
                        throw new IllegalStateException("演示项目文件缺少列：" + columns.get(c));
                    }
                    cells.text(row, c, v);
                }
            }
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

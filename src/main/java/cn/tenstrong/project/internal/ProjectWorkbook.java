package cn.tenstrong.project.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import cn.tenstrong.project.ProjectCategory;
import cn.tenstrong.project.ProjectDraft;
import cn.tenstrong.project.ProjectImportException;
import cn.tenstrong.project.ProjectImportException.RowError;
import cn.tenstrong.project.ProjectStage;
import cn.tenstrong.shared.DomainException;
import cn.tenstrong.shared.SpreadsheetCells;
import cn.tenstrong.shared.StreamingXlsx;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** The project list workbook: its columns, the template, and reading it into drafts (cell errors by row and column). */
final class ProjectWorkbook {

    static final List<String> COLUMNS = List.of("项目名称", "企业统一社会信用代码", "企业名称", "产业代码", "产业链环节",
            "所在地区", "园区", "项目类别", "总投资（元）", "年度计划投资（元）", "计划年度", "计划开工日期", "项目阶段",
            "签约日期", "开工日期", "在建日期", "竣工投产日期", "项目简介");
    static final int MAX_ROWS = 5000;

    private ProjectWorkbook() {
    }

    static byte[] template() {
        try (Workbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            SpreadsheetCells cells = SpreadsheetCells.of(wb);
            Sheet sheet = wb.createSheet("项目");
            Row head = sheet.createRow(0);
            for (int i = 0; i < COLUMNS.size(); i++) {
                cells.text(head, i, COLUMNS.get(i));
                sheet.setColumnWidth(i, 18 * 256);
            }
            String[] example = {"示例：年产10万片硅基功率器件芯片项目", "", "示例科技有限公司", "01", "", "370102", "",
                    "省重大项目、“双招双引”重点签约项目", "1200000000", "300000000", "2026", "2026-03-01", "开工",
                    "2025-12-20", "2026-03-10", "", "", "示例行，导入前请删除"};
            Row row = sheet.createRow(1);
            for (int i = 0; i < example.length; i++) {
                cells.text(row, i, example[i]);
            }
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<ProjectDraft> read(byte[] content, Function<String, String> region, Function<String, Long> park,
                                   Function<String, Long> enterprise) {
        if (content == null || content.length == 0) {
            throw DomainException.invalid("导入文件为空");
        }
        try (StreamingXlsx file = StreamingXlsx.open(content, MAX_ROWS, "项目")) {
            java.util.Iterator<Row> sheet = file.firstSheetRows().iterator();
            DataFormatter fmt = new DataFormatter();
            Row head = sheet.hasNext() ? sheet.next() : null;
            List<RowError> errors = new ArrayList<>();
            int[] index = new int[COLUMNS.size()];
            java.util.Arrays.fill(index, -1);
            if (head != null) {
                for (Cell c : head) {
                    int k = COLUMNS.indexOf(fmt.formatCellValue(c).strip());
                    if (k >= 0) {
                        index[k] = c.getColumnIndex();
                    }
                }
            }
            for (String required : List.of("项目名称", "产业代码", "所在地区", "总投资（元）")) {
                if (index[COLUMNS.indexOf(required)] < 0) {
                    errors.add(new RowError(1, required, "缺少必需的列“" + required + "”，请使用导入模板"));
                }
            }
            if (!errors.isEmpty()) {
                throw new ProjectImportException(errors);
            }
            List<ProjectDraft> drafts = new ArrayList<>();
            while (sheet.hasNext()) {
                Row row = sheet.next();
                int r = row.getRowNum();
                Cells cells = new Cells(row, index, fmt, r + 1, errors);
                if (cells.allBlank()) {
                    continue;
                }
                if (drafts.size() >= MAX_ROWS) {
                    errors.add(new RowError(r + 1, "", "一次最多导入 " + MAX_ROWS + " 个项目"));
                    break;
                }
                String name = cells.text("项目名称");
                if (name.isEmpty()) {
                    errors.add(new RowError(r + 1, "项目名称", "项目名称不能为空"));
                }
                String uscc = cells.text("企业统一社会信用代码");
                Long enterpriseId = null;
                String enterpriseName = cells.text("企业名称");
                if (!uscc.isEmpty()) {
                    enterpriseId = enterprise.apply(uscc);
                    if (enterpriseId == null && enterpriseName.isEmpty()) {
                        errors.add(new RowError(r + 1, "企业统一社会信用代码", "企业库中没有该统一社会信用代码，请同时填写企业名称"));
                    }
                }
                String regionText = cells.text("所在地区");
                String regionCode = regionText.isEmpty() ? null : region.apply(regionText);
                if (regionCode == null) {
                    errors.add(new RowError(r + 1, "所在地区", regionText.isEmpty() ? "所在地区不能为空"
                            : "无法识别的地区“" + regionText + "”（填写6位区划代码或市、县名称）"));
                }
                String parkText = cells.text("园区");
                Long parkId = null;
                if (!parkText.isEmpty()) {
                    parkId = park.apply(parkText);
                    if (parkId == null) {
                        errors.add(new RowError(r + 1, "园区", "未找到园区“" + parkText + "”"));
                    }
                }
                Set<ProjectCategory> cats = EnumSet.noneOf(ProjectCategory.class);
                for (String c : cells.text("项目类别").split("[、,，;；/]")) {
                    if (c.isBlank()) {
                        continue;
                    }
                    var cat = ProjectCategory.parse(c);
                    if (cat.isPresent()) {
                        cats.add(cat.get());
                    } else {
                        errors.add(new RowError(r + 1, "项目类别", "未知的项目类别“" + c.strip() + "”"));
                    }
                }
                String stageText = cells.text("项目阶段");
                ProjectStage stage = stageText.isEmpty() ? ProjectStage.SIGNED : ProjectStage.parse(stageText).orElse(null);
                if (stage == null) {
                    errors.add(new RowError(r + 1, "项目阶段", "项目阶段须为 签约、开工、在建 或 竣工投产"));
                }
                BigDecimal total = cells.amount("总投资（元）");
                if (total == null && cells.text("总投资（元）").isEmpty()) {
                    errors.add(new RowError(r + 1, "总投资（元）", "总投资不能为空"));
                }
                BigDecimal yearPlan = cells.amount("年度计划投资（元）");
                Integer planYear = cells.year("计划年度");
                drafts.add(new ProjectDraft(name, enterpriseId, enterpriseName, cells.text("产业代码"),
                        cells.text("产业链环节"), regionCode, parkId, cats, total, yearPlan, planYear,
                        cells.date("计划开工日期"), stage, cells.date("签约日期"), cells.date("开工日期"),
                        cells.date("在建日期"), cells.date("竣工投产日期"), cells.text("项目简介"), 0));
            }
            if (!errors.isEmpty()) {
                throw new ProjectImportException(errors);
            }
            if (drafts.isEmpty()) {
                throw DomainException.invalid("导入文件中没有项目");
            }
            return drafts;
        } catch (RuntimeException e) {
            if (e instanceof DomainException d) {
                throw d;
            }
            throw new DomainException(DomainException.Kind.INVALID, "无法读取导入文件：请上传 .xlsx 格式的项目清单", e);
        }
    }

    /** The cells of one row, read by column title; conversion errors are collected. */
    private record Cells(Row row, int[] index, DataFormatter fmt, int rowNumber, List<RowError> errors) {

        Cell cell(String column) {
            int i = index[COLUMNS.indexOf(column)];
            return row == null || i < 0 ? null : row.getCell(i);
        }

        String text(String column) {
            Cell c = cell(column);
            return c == null ? "" : fmt.formatCellValue(c).strip();
        }

        boolean allBlank() {
            for (String c : COLUMNS) {
                if (!text(c).isEmpty()) {
                    return false;
                }
            }
            return true;
        }

        BigDecimal amount(String column) {
            Cell c = cell(column);
            if (c != null && c.getCellType() == CellType.NUMERIC) {
                return BigDecimal.valueOf(c.getNumericCellValue());
            }
            String t = text(column).replace(",", "").replace("，", "");
            if (t.isEmpty()) {
                return null;
            }
            try {
                return new BigDecimal(t);
            } catch (NumberFormatException e) {
                errors.add(new RowError(rowNumber, column, "不是有效的金额：“" + t + "”"));
                return null;
            }
        }

        Integer year(String column) {
            String t = text(column);
            if (t.isEmpty()) {
                return null;
            }
            if (!t.matches("\\d{4}")) {
                errors.add(new RowError(rowNumber, column, "年度应为4位数字：“" + t + "”"));
                return null;
            }
            return Integer.valueOf(t);
        }

        LocalDate date(String column) {
            Cell c = cell(column);
            if (c != null && c.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(c)) {
                return c.getLocalDateTimeCellValue().toLocalDate();
            }
            String t = text(column);
            if (t.isEmpty()) {
                return null;
            }
            try {
                return LocalDate.parse(t.replace('/', '-').replace('.', '-'));
            } catch (DateTimeParseException e) {
                errors.add(new RowError(rowNumber, column, "日期格式应为 YYYY-MM-DD：“" + t + "”"));
                return null;
            }
        }
    }
}

package cn.tenstrong.supervision.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;

import cn.tenstrong.shared.SpreadsheetCells;
import cn.tenstrong.supervision.RectificationStatus;
import cn.tenstrong.supervision.RectificationView;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * 整改台账 as an Excel workbook: a title naming the 评估日期, a frozen header with filters, one row per 整改 with its
 * status and 逾期天数 on that day, and four columns to fill in (an owner's 本次整改进展; a task force's 核验结果, 核验意见
 * and 安排回头看日期) so the same file can be uploaded back. 整改编号 and 版本 tie each row to the 整改 as exported.
 */
final class RectificationWorkbook {

    static final String ID = "整改编号";
    static final String VERSION = "版本";
    static final String PROGRESS = "本次整改进展";
    static final String VERDICT = "核验结果";
    static final String COMMENT = "核验意见";
    static final String RECHECK = "安排回头看日期";
    static final List<String> HEADER = List.of("序号", ID, "督导名称", "督导日期", "产业", "计划条目", "问题描述", "严重程度",
            "整改责任单位", "整改时限", "验收标准", "整改状态", "逾期天数", "最新整改进展", "销号日期", "回头看日期", VERSION,
            PROGRESS + "（责任单位填写，填写即报送核验）", VERDICT + "（产业专班填写：销号或退回）", COMMENT + "（退回时必填）",
            RECHECK + "（销号时必填，yyyy-mm-dd）");
    private static final int[] WIDTHS = {6, 10, 24, 12, 14, 30, 40, 8, 24, 12, 30, 10, 8, 40, 12, 12, 6, 40, 16, 30, 16};

    private RectificationWorkbook() {
    }

    static byte[] write(List<RectificationView> list, LocalDate asOf) {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            SpreadsheetCells cells = SpreadsheetCells.of(wb);
            CellStyle header = wb.createCellStyle();
            Font bold = wb.createFont();
            bold.setBold(true);
            header.setFont(bold);
            header.setFillForegroundColor(IndexedColors.PALE_BLUE.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            header.setWrapText(true);
            CellStyle fill = wb.createCellStyle();
            fill.cloneStyleFrom(header);
            fill.setFillForegroundColor(IndexedColors.LIGHT_YELLOW.getIndex());
            CellStyle wrap = cells.wrapped();
            CellStyle date = cells.date();
            CellStyle integer = cells.integer();
            CellStyle red = wb.createCellStyle();
            red.cloneStyleFrom(integer);
            Font redFont = wb.createFont();
            redFont.setColor(IndexedColors.RED.getIndex());
            redFont.setBold(true);
            red.setFont(redFont);

            Sheet sheet = wb.createSheet("整改台账");
            Row title = sheet.createRow(0);
            cells.text(title, 0, "督导整改台账（评估日期：" + asOf + "；各整改的状态、时限与逾期天数均按该日期）");
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, HEADER.size() - 1));
            Row h = sheet.createRow(1);
            for (int c = 0; c < HEADER.size(); c++) {
                cells.text(h, c, HEADER.get(c), c >= 17 ? fill : header);
                sheet.setColumnWidth(c, WIDTHS[c] * 256);
            }
            int r = 2;
            for (RectificationView x : list) {
                RectificationStatus status = x.statusOn(asOf);
                if (status == null) {
                    continue; // not found yet on that day
                }
                Row row = sheet.createRow(r);
                cells.number(row, 0, r - 1).setCellStyle(integer);
                cells.number(row, 1, x.id()).setCellStyle(integer);
                cells.text(row, 2, x.inspectionTitle(), wrap);
                dateCell(row, 3, x.inspectedOn(), date);
                cells.text(row, 4, x.industryName(), wrap);
                cells.text(row, 5, x.itemLabel(), wrap);
                cells.text(row, 6, x.description(), wrap);
                cells.text(row, 7, x.severity().label(), wrap);
                cells.text(row, 8, x.ownerName(), wrap);
                dateCell(row, 9, x.deadlineOn(asOf), date);
                cells.text(row, 10, x.acceptanceCriteria(), wrap);
                cells.text(row, 11, status.label(), wrap);
                if (x.overdueOn(asOf)) {
                    cells.number(row, 12, x.daysOverdue(asOf)).setCellStyle(red);
                }
                RectificationView.ProgressReport latest = x.reports().stream()
                        .filter(p -> !p.reportedOn().isAfter(asOf)).reduce((a, b) -> b).orElse(null);
                cells.text(row, 13, latest == null ? "" : latest.text() + "（" + latest.reportedOn() + "）", wrap);
                if (status.closed()) {
                    dateCell(row, 14, x.closedOn(), date);
                    dateCell(row, 15, x.recheckOn(), date);
                }
                cells.number(row, 16, x.version()).setCellStyle(integer);
                r++;
            }
            sheet.createFreezePane(2, 2);
            sheet.setAutoFilter(new CellRangeAddress(1, Math.max(1, r - 1), 0, HEADER.size() - 1));
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void dateCell(Row row, int column, LocalDate value, CellStyle style) {
        if (value != null) {
            row.createCell(column).setCellValue(value);
            row.getCell(column).setCellStyle(style);
        }
    }
}

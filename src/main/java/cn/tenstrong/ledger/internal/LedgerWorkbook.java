package cn.tenstrong.ledger.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import cn.tenstrong.ledger.LedgerRow;
import cn.tenstrong.ledger.LedgerRow.TargetProgress;
import cn.tenstrong.ledger.ProgressStatus;
import cn.tenstrong.plan.PlanItemView.Responsible;
import cn.tenstrong.shared.AsOf;
import cn.tenstrong.shared.SpreadsheetCells;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The 台账 as an Excel workbook in the conventional layout: one sheet per industry, a title row, a frozen
 * header with filters, and the columns 序号 任务内容 牵头单位 配合单位 目标 完成时限 进展情况 完成状态; two more
 * columns (完成值, 条目编号) let agencies fill in progress and upload the same file back.
 */
final class LedgerWorkbook {

    static final List<String> HEADER = List.of("序号", "任务内容", "牵头单位", "配合单位", "目标", "完成时限", "进展情况",
            "完成状态", "完成值（按目标的单位，可写万、亿、万亿；多个指标用“；”分隔，无量化指标填完成比例%）", "条目编号");
    static final int COL_PROGRESS = 6;
    static final int COL_VALUES = 8;
    static final int COL_ITEM_ID = 9;
    private static final int[] WIDTHS = {10, 60, 24, 30, 30, 12, 50, 10, 30, 10};

    private LedgerWorkbook() {
    }

    static byte[] write(List<LedgerRow> rows, String title, AsOf asOf, Map<ProgressStatus, String> statusLabels) {
        Map<String, List<LedgerRow>> byIndustry = rows.stream().collect(Collectors.groupingBy(
                r -> r.industryName() == null ? "其他" : r.industryName(), LinkedHashMap::new, Collectors.toList()));
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            SpreadsheetCells cells = SpreadsheetCells.of(wb);
            CellStyle header = headerStyle(wb);
            CellStyle wrap = cells.wrapped();
            // 序号 is text (二.3 must not become a number); dates and ids are real numbers with their formats
            CellStyle textWrap = wb.createCellStyle();
            textWrap.cloneStyleFrom(wrap);
            textWrap.setDataFormat(wb.createDataFormat().getFormat("@"));
            CellStyle date = cells.date();
            CellStyle integer = cells.integer();
            CellStyle titleStyle = wb.createCellStyle();
            Font titleFont = wb.createFont();
            titleFont.setBold(true);
            titleFont.setFontHeightInPoints((short) 14);
            titleStyle.setFont(titleFont);
            titleStyle.setAlignment(HorizontalAlignment.CENTER);
            for (var e : byIndustry.entrySet()) {
                Sheet sheet = wb.createSheet(safeSheetName(e.getKey()));
                Row t = sheet.createRow(0);
                cells.text(t, 0, e.getKey() + title + "（评估日期：" + AsOfText.of(asOf) + "）", titleStyle);
                sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, HEADER.size() - 1));
                Row h = sheet.createRow(1);
                for (int c = 0; c < HEADER.size(); c++) {
                    cells.text(h, c, HEADER.get(c), header);
                    sheet.setColumnWidth(c, WIDTHS[c] * 256);
                }
                int r = 2;
                for (LedgerRow row : e.getValue()) {
                    Row x = sheet.createRow(r++);
                    cells.text(x, 0, row.item().label(), textWrap);
                    String task = (row.item().heading() == null ? "" : row.item().heading() + "。") + row.item().text();
                    cells.text(x, 1, task, wrap);
                    cells.text(x, 2, names(row.item().lead()), wrap);
                    cells.text(x, 3, names(row.item().support()), wrap);
                    cells.text(x, 4, row.targets().stream().map(tp -> tp.target().text()).collect(Collectors.joining("；")), wrap);
                    if (row.deadline() == null) {
                        cells.text(x, 5, "", wrap);
                    } else {
                        x.createCell(5).setCellValue(row.deadline());
                        x.getCell(5).setCellStyle(date);
                    }
                    cells.text(x, COL_PROGRESS, row.latestProgress() == null ? "" : row.latestProgress(), wrap);
                    cells.text(x, 7, statusLabels.get(row.status()), wrap);
                    cells.text(x, COL_VALUES, values(row), wrap);
                    cells.number(x, COL_ITEM_ID, row.item().id()).setCellStyle(integer);
                }
                sheet.createFreezePane(0, 2);
                sheet.setAutoFilter(new CellRangeAddress(1, Math.max(1, r - 1), 0, HEADER.size() - 1));
            }
            if (byIndustry.isEmpty()) {
                cells.text(wb.createSheet("台账").createRow(0), 0, "暂无事项");
            }
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String values(LedgerRow row) {
        if (row.targets().isEmpty()) {
            return row.percentDone() == null ? "" : row.percentDone().stripTrailingZeros().toPlainString() + "%";
        }
        if (row.targets().stream().allMatch(tp -> tp.reached() == null)) {
            return "";
        }
        // in each target's own scale and unit ("1.2万亿元"), read back by the import as written
        return row.targets().stream().map(tp -> tp.reached() == null ? "" : tp.reachedDisplay())
                .collect(Collectors.joining("；"));
    }

    private static String names(List<Responsible> list) {
        return list.stream().map(Responsible::name).collect(Collectors.joining("、"));
    }



    private static CellStyle headerStyle(XSSFWorkbook wb) {
        CellStyle s = wb.createCellStyle();
        Font f = wb.createFont();
        f.setBold(true);
        s.setFont(f);
        s.setFillForegroundColor(IndexedColors.PALE_BLUE.getIndex());
        s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        s.setBorderBottom(BorderStyle.THIN);
        s.setAlignment(HorizontalAlignment.CENTER);
        return s;
    }

    static String safeSheetName(String name) {
        String clean = name.replaceAll("[\\\\/?*\\[\\]:]", "_");
        return clean.length() > 31 ? clean.substring(0, 31) : clean;
    }
}

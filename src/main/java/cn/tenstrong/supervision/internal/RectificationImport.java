package cn.tenstrong.supervision.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.tenstrong.access.CurrentUser;
import cn.tenstrong.shared.DomainException;
import cn.tenstrong.shared.StreamingXlsx;
import cn.tenstrong.supervision.RectificationImportException.RowError;
import cn.tenstrong.supervision.RectificationStatus;
import cn.tenstrong.supervision.RectificationView;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;

/**
 * Reads a filled-in 整改台账 into the steps it asks for — an owner's report, a task force's 销号 or 退回 — checking
 * every row against the 整改 as it stands and against what the user may do, before anything is applied. Rows with
 * nothing filled in are the exported picture and are skipped.
 */
final class RectificationImport {

    static final int MAX_ROWS = 5000;

    /** One step a row asks for. */
    sealed interface Step permits Report, Close, SendBack {
        int row();

        long id();

        int version();
    }

    record Report(int row, long id, int version, String text) implements Step {
    }

    record Close(int row, long id, int version, LocalDate recheckOn, String comment) implements Step {
    }

    record SendBack(int row, long id, int version, String reason) implements Step {
    }

    /** What the file asks for, or every problem found in it. */
    record Reading(List<Step> steps, List<RowError> errors) {
    }

    private RectificationImport() {
    }

    /**
     * @param visible the 整改 the user may see, by id
     * @param today   the 当前时点 (a 回头看 must come after it)
     */
    static Reading read(byte[] xlsx, CurrentUser me, Map<Long, RectificationView> visible, LocalDate today) {
        List<Step> steps = new ArrayList<>();
        List<RowError> errors = new ArrayList<>();
        DataFormatter fmt = new DataFormatter();
        Map<String, Integer> columns = null;
        Map<Long, Integer> seen = new HashMap<>();
        try (StreamingXlsx file = StreamingXlsx.open(xlsx, MAX_ROWS, "整改")) {
            for (Row row : file.firstSheetRows()) {
                int excelRow = row.getRowNum() + 1;
                if (columns == null) {
                    columns = header(row, fmt);
                    if (columns != null) {
                        for (String needed : List.of(RectificationWorkbook.ID, RectificationWorkbook.VERSION,
                                RectificationWorkbook.PROGRESS, RectificationWorkbook.VERDICT,
                                RectificationWorkbook.COMMENT, RectificationWorkbook.RECHECK)) {
                            if (!columns.containsKey(needed)) {
                                errors.add(new RowError(excelRow, needed, "缺少“" + needed + "”列，请使用平台导出的整改台账"));
                            }
                        }
                        if (!errors.isEmpty()) {
                            return new Reading(List.of(), errors);
                        }
                    } else if (excelRow > 10) {
                        break;
                    }
                    continue;
                }
                readRow(row, excelRow, columns, fmt, me, visible, today, seen, steps, errors);
            }
        }
        if (columns == null) {
            errors.add(new RowError(1, RectificationWorkbook.ID, "未找到表头（“整改编号”等列），请使用平台导出的整改台账"));
        } else if (steps.isEmpty() && errors.isEmpty()) {
            errors.add(new RowError(0, RectificationWorkbook.PROGRESS,
                    "文件中没有填写任何整改进展或核验结果（“本次整改进展”“核验结果”列为空）"));
        }
        return new Reading(steps, errors);
    }

    private static void readRow(Row row, int excelRow, Map<String, Integer> columns, DataFormatter fmt, CurrentUser me,
                                Map<Long, RectificationView> visible, LocalDate today, Map<Long, Integer> seen,
                                List<Step> steps, List<RowError> errors) {
        String progress = text(row, columns.get(RectificationWorkbook.PROGRESS), fmt);
        String verdict = text(row, columns.get(RectificationWorkbook.VERDICT), fmt);
        String comment = text(row, columns.get(RectificationWorkbook.COMMENT), fmt);
        Cell recheckCell = row.getCell(columns.get(RectificationWorkbook.RECHECK));
        String recheckText = text(row, columns.get(RectificationWorkbook.RECHECK), fmt);
        if (progress.isEmpty() && verdict.isEmpty() && comment.isEmpty() && recheckText.isEmpty()) {
            return; // the exported picture, nothing asked
        }
        String idText = text(row, columns.get(RectificationWorkbook.ID), fmt);
        long id;
        try {
            id = Long.parseLong(idText.replaceAll("\\.0+$", ""));
        } catch (NumberFormatException e) {
            errors.add(new RowError(excelRow, RectificationWorkbook.ID, idText.isEmpty() ? "整改编号为空"
                    : "“" + idText + "”不是有效的整改编号"));
            return;
        }
        RectificationView r = visible.get(id);
        if (r == null) {
            errors.add(new RowError(excelRow, RectificationWorkbook.ID, "整改编号 " + id + " 不存在或不在您的数据范围内"));
            return;
        }
        Integer earlier = seen.putIfAbsent(id, excelRow);
        if (earlier != null) {
            errors.add(new RowError(excelRow, RectificationWorkbook.ID, "整改编号 " + id + " 与第" + earlier + "行重复"));
            return;
        }
        String versionText = text(row, columns.get(RectificationWorkbook.VERSION), fmt);
        int version;
        try {
            version = Integer.parseInt(versionText.replaceAll("\\.0+$", ""));
        } catch (NumberFormatException e) {
            errors.add(new RowError(excelRow, RectificationWorkbook.VERSION, "版本为空或不是数字，请使用平台导出的整改台账"));
            return;
        }
        if (version != r.version()) {
            errors.add(new RowError(excelRow, RectificationWorkbook.VERSION, "该整改在导出后已被修改（版本 " + version
                    + " → " + r.version() + "，当前状态“" + r.status().label() + "”），请重新导出后填写"));
            return;
        }
        if (!progress.isEmpty() && !verdict.isEmpty()) {
            errors.add(new RowError(excelRow, RectificationWorkbook.VERDICT, "同一行不能既报送整改进展又填写核验结果"));
            return;
        }
        if (!progress.isEmpty()) {
            if (!me.can("supervision:rectification:write") || r.ownerOrganizationId() != me.organizationId()) {
                errors.add(new RowError(excelRow, RectificationWorkbook.PROGRESS, "只能报送本单位负责的整改"));
            } else if (!r.status().awaitsOwner()) {
                errors.add(new RowError(excelRow, RectificationWorkbook.PROGRESS, "整改当前状态为“" + r.status().label()
                        + "”，不能报送进展"));
            } else if (progress.length() > 4000) {
                errors.add(new RowError(excelRow, RectificationWorkbook.PROGRESS, "整改进展不能超过4000字"));
            } else {
                steps.add(new Report(excelRow, id, version, progress));
            }
            return;
        }
        if (verdict.isEmpty()) {
            errors.add(new RowError(excelRow, RectificationWorkbook.VERDICT, "填写了核验意见或回头看日期，但未填写核验结果（销号或退回）"));
            return;
        }
        if (!SupervisionScope.mayManage(me, r.industryCode())) {
            errors.add(new RowError(excelRow, RectificationWorkbook.VERDICT, "只有本产业的产业专班或管理员可以核验销号"));
            return;
        }
        if (r.status() != RectificationStatus.SUBMITTED) {
            errors.add(new RowError(excelRow, RectificationWorkbook.VERDICT, "整改当前状态为“" + r.status().label()
                    + "”，不是待核验，不能销号或退回"));
            return;
        }
        if (comment.length() > 1000) {
            errors.add(new RowError(excelRow, RectificationWorkbook.COMMENT, "核验意见不能超过1000字"));
            return;
        }
        switch (verdict) {
            case "销号" -> {
                LocalDate recheck = date(recheckCell, recheckText);
                if (recheck == null) {
                    errors.add(new RowError(excelRow, RectificationWorkbook.RECHECK, recheckText.isEmpty()
                            ? "销号时须填写回头看日期" : "“" + recheckText + "”不是日期（格式 yyyy-mm-dd）"));
                } else if (!recheck.isAfter(today)) {
                    errors.add(new RowError(excelRow, RectificationWorkbook.RECHECK, "回头看日期须晚于今天（" + today + "）"));
                } else {
                    steps.add(new Close(excelRow, id, version, recheck, comment));
                }
            }
            case "退回" -> {
                if (comment.isEmpty()) {
                    errors.add(new RowError(excelRow, RectificationWorkbook.COMMENT, "退回时须填写核验意见（退回原因）"));
                } else {
                    steps.add(new SendBack(excelRow, id, version, comment));
                }
            }
            default -> errors.add(new RowError(excelRow, RectificationWorkbook.VERDICT,
                    "核验结果“" + verdict + "”无效，只能填写“销号”或“退回”"));
        }
    }

    /** The header row's columns by name (the part before a "（" note), or null when the row is not the header. */
    private static Map<String, Integer> header(Row row, DataFormatter fmt) {
        Map<String, Integer> columns = new LinkedHashMap<>();
        for (Cell c : row) {
            String name = fmt.formatCellValue(c).trim();
            int note = name.indexOf('（');
            columns.put(note > 0 ? name.substring(0, note) : name, c.getColumnIndex());
        }
        return columns.containsKey(RectificationWorkbook.ID) ? columns : null;
    }

    private static String text(Row row, Integer column, DataFormatter fmt) {
        if (column == null) {
            return "";
        }
        Cell cell = row.getCell(column);
        if (cell == null) {
            return "";
        }
        if (cell.getCellType() == CellType.NUMERIC && !DateUtil.isCellDateFormatted(cell)) {
            return java.math.BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString();
        }
        return fmt.formatCellValue(cell).trim();
    }

    private static LocalDate date(Cell cell, String text) {
        if (cell != null && cell.getCellType() == CellType.NUMERIC) {
            try {
                return cell.getLocalDateTimeCellValue().toLocalDate();
            } catch (RuntimeException notADate) {
                return null;
            }
        }
        try {
            return text.isEmpty() ? null : LocalDate.parse(text.replace('/', '-').replace('.', '-'));
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** The problem a step's refusal while applying stands for, on its row. */
    static RowError refused(Step step, DomainException e) {
        String column = step instanceof Report ? RectificationWorkbook.PROGRESS : RectificationWorkbook.VERDICT;
        return new RowError(step.row(), column, e.getMessage());
    }
}
